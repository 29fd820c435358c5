namespace Platform.BuildingBlocks.Persistence;

/// The databases the platform runs on. SQLite is the embedded default; PostgreSQL also serves openGauss and
/// KingbaseES; Dameng DM8 is the Xinchuang server database.
public enum DatabaseKind
{
    Sqlite,
    PostgreSql,
    Dameng,
}

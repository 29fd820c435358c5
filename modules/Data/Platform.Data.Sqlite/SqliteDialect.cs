using System.Data.Common;
using Microsoft.Data.Sqlite;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Data.Sqlite;

/// SQLite's fragments. Money columns are TEXT-free decimals: SQLite stores ${decimal} as NUMERIC, and Dapper
/// reads them back through decimal, which is exact for the 28 digits money needs.
public sealed class SqliteDialect : ISqlDialect
{
    private static readonly DdlPlaceholders Ddl = new(
        new Dictionary<string, string>
        {
            ["id"] = "INTEGER PRIMARY KEY AUTOINCREMENT",
            ["bigint"] = "INTEGER",
            ["bool"] = "INTEGER",
            ["text"] = "TEXT",
            ["double"] = "REAL",
            ["blob"] = "BLOB",
        },
        n => $"VARCHAR({n})",
        (p, s) => $"NUMERIC({p},{s})");

    public DatabaseKind Kind => DatabaseKind.Sqlite;
    public string ExpandDdl(string script) => Ddl.Expand(script);
    public string Page(string orderedQuery) => orderedQuery + " LIMIT @Take OFFSET @Skip";
    public string Upsert(string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> valueColumns) =>
        SqlIdentifier.InsertOnConflictUpdate(table, keyColumns, valueColumns);
    public bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: 19 } e && (e.SqliteExtendedErrorCode is 1555 or 2067);   // CONSTRAINT_PRIMARYKEY, CONSTRAINT_UNIQUE
    public string? MigrationLockStatement => null;
}

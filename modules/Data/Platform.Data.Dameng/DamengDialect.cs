using System.Data.Common;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Data.Dameng;

/// Dameng DM8's fragments. DM8 speaks an Oracle-like SQL: identity columns, CLOB for long text,
/// LIMIT/OFFSET paging, and error code -6602 for a unique-constraint violation.
public sealed class DamengDialect : ISqlDialect
{
    private const int UniqueViolation = -6602;

    private static readonly DdlPlaceholders Ddl = new(
        new Dictionary<string, string>
        {
            ["id"] = "BIGINT IDENTITY(1,1) PRIMARY KEY",
            ["bigint"] = "BIGINT",
            ["bool"] = "BIT",
            ["text"] = "CLOB",
            ["double"] = "DOUBLE",
            ["blob"] = "BLOB",
        },
        n => $"VARCHAR({n})",
        (p, s) => $"DECIMAL({p},{s})");

    public DatabaseKind Kind => DatabaseKind.Dameng;
    public string ExpandDdl(string script) => Ddl.Expand(script);
    public string Page(string orderedQuery) => orderedQuery + " LIMIT @Take OFFSET @Skip";

    /// DmException is not referenced at build time (the provider is loaded at run time), so the code is read
    /// from the exception's ErrorCode, which DmProvider fills with DM's own error number.
    public bool IsUniqueViolation(DbException exception) => exception.ErrorCode == UniqueViolation;

    /// DM8 serialises DDL on the dictionary lock; the history table's primary key stops a second node applying twice.
    public string? MigrationLockStatement => null;
}

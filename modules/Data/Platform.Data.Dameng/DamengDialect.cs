using System.Data.Common;
using Platform.BuildingBlocks.Persistence;

namespace Platform.Data.Dameng;

/// Dameng DM8's fragments. DM8 speaks an Oracle-like SQL: identity columns, CLOB for long text,
/// LIMIT/OFFSET paging, MERGE for upserts, and error code -6602 for a unique-constraint violation.
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

    /// DM8 has no ON CONFLICT; MERGE from a one-row source does the same in one statement.
    public string Upsert(string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> valueColumns)
    {
        var (t, keys, values) = (SqlIdentifier.Check(table), SqlIdentifier.Check(keyColumns), valueColumns.Select(SqlIdentifier.Check).ToList());
        var all = keys.Concat(values).ToList();
        var source = string.Join(", ", all.Select(c => $"@{c} AS {c}"));
        var on = string.Join(" AND ", keys.Select(k => $"t.{k} = s.{k}"));
        var update = values.Count == 0 ? "" : " WHEN MATCHED THEN UPDATE SET " + string.Join(", ", values.Select(v => $"t.{v} = s.{v}"));
        return $"MERGE INTO {t} t USING (SELECT {source} FROM DUAL) s ON ({on}){update} " +
               $"WHEN NOT MATCHED THEN INSERT ({string.Join(", ", all)}) VALUES ({string.Join(", ", all.Select(c => "s." + c))})";
    }

    /// DmException is not referenced at build time (the provider is loaded at run time), so the code is read
    /// from the exception's ErrorCode, which DmProvider fills with DM's own error number.
    public bool IsUniqueViolation(DbException exception) => exception.ErrorCode == UniqueViolation;

    /// DM8 serialises DDL on the dictionary lock; the history table's primary key stops a second node applying twice.
    public string? MigrationLockStatement => null;
}

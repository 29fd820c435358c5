using System.Text.RegularExpressions;

namespace Platform.BuildingBlocks.Persistence;

/// Table and column names that dialects put into SQL text. Only plain lower-case identifiers pass, so no value
/// can ever reach SQL through a name.
public static partial class SqlIdentifier
{
    public static string Check(string name) => Pattern().IsMatch(name)
        ? name
        : throw new ArgumentException($"'{name}' is not a plain SQL identifier (lower-case letters, digits and '_').", nameof(name));

    public static IReadOnlyList<string> Check(IReadOnlyList<string> names) => names.Count == 0
        ? throw new ArgumentException("at least one column is required", nameof(names))
        : names.Select(Check).ToList();

    /// <c>INSERT … ON CONFLICT (key) DO UPDATE SET v = excluded.v</c>: SQLite 3.24+ and PostgreSQL 9.5+ share it.
    public static string InsertOnConflictUpdate(string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> valueColumns)
    {
        var (t, keys, values) = (Check(table), Check(keyColumns), valueColumns.Select(Check).ToList());
        var all = keys.Concat(values).ToList();
        var onConflict = values.Count == 0
            ? "DO NOTHING"
            : "DO UPDATE SET " + string.Join(", ", values.Select(v => $"{v} = excluded.{v}"));
        return $"INSERT INTO {t} ({string.Join(", ", all)}) VALUES ({string.Join(", ", all.Select(c => "@" + c))}) " +
               $"ON CONFLICT ({string.Join(", ", keys)}) {onConflict}";
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex Pattern();
}

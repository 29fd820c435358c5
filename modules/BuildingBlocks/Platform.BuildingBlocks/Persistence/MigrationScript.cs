using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Platform.BuildingBlocks.Persistence;

/// One versioned migration script of a module: <c>V0001__create_users.sql</c>. The checksum is of the script as
/// written (before dialect expansion), so the same script is the same migration on every database.
public sealed partial record MigrationScript(string Module, int Version, string Name, string Sql)
{
    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));

    public static MigrationScript Parse(string module, string fileName, string sql)
    {
        var m = FileName().Match(fileName);
        if (!m.Success)
            throw new InvalidOperationException($"Migration '{fileName}' of module '{module}' must be named V<version>__<name>.sql, e.g. V0001__create_users.sql.");
        return new MigrationScript(module, int.Parse(m.Groups["v"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["n"].Value, sql);
    }

    /// The statements of the script, split at semicolons that end a line. Scripts keep one statement per
    /// such terminator because not every provider accepts several statements in one command.
    public IEnumerable<string> Statements(ISqlDialect dialect) =>
        StatementEnd().Split(dialect.ExpandDdl(Sql.ReplaceLineEndings("\n")))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0 && !s.Split('\n').All(l => l.TrimStart().StartsWith("--", StringComparison.Ordinal) || l.Trim().Length == 0));

    [GeneratedRegex(@"^V(?<v>[0-9]{1,6})__(?<n>[A-Za-z0-9_]+)\.sql$")]
    private static partial Regex FileName();

    [GeneratedRegex(@";[ \t]*(\n|$)")]
    private static partial Regex StatementEnd();
}

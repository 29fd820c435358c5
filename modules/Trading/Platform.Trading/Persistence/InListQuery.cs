using System.Data.Common;
using System.Globalization;
using Dapper;

namespace Platform.Trading.Persistence;

/// A query with an <c>IN (…)</c> list, run in chunks with one named parameter per value: Dapper would send a list to
/// PostgreSQL as one array parameter, which <c>IN</c> does not take, and databases cap the parameters of a statement.
internal static class InListQuery
{
    private const int ChunkSize = 500;

    /// Runs <paramref name="sql"/> with <c>{in}</c> replaced by the list, once per chunk of <paramref name="values"/>.
    public static async Task<List<T>> QueryAsync<T>(DbConnection conn, DbTransaction? tx, string sql, IReadOnlyCollection<string> values, CancellationToken ct)
    {
        var results = new List<T>();
        foreach (var chunk in values.Distinct(StringComparer.Ordinal).Chunk(ChunkSize))
        {
            var args = new DynamicParameters();
            var names = new string[chunk.Length];
            for (var i = 0; i < chunk.Length; i++)
            {
                names[i] = "@v" + i.ToString(CultureInfo.InvariantCulture);
                args.Add(names[i], chunk[i]);
            }
            results.AddRange(await conn.QueryAsync<T>(new CommandDefinition(sql.Replace("{in}", "(" + string.Join(", ", names) + ")", StringComparison.Ordinal),
                args, tx, cancellationToken: ct)));
        }
        return results;
    }
}

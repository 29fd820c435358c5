using Platform.SharedKernel;
using Platform.Trading.Contracts.ReferenceData;

namespace Platform.Trading.Domain.Positions;

/// Revalues every position of a book on one day into a caller's buffer. Each ledger already holds its resolved bond,
/// so nothing is resolved here; the loop allocates nothing (no LINQ, struct results, dictionary look-ups).
public static class BookRevaluation
{
    /// <paramref name="valuations"/> by bond id; a flat position needs none.
    public static void Revalue(ReadOnlySpan<PositionLedger> positions, IReadOnlyDictionary<string, ValuationView> valuations, DateOnly asOf,
        Span<PositionValuation> results)
    {
        if (results.Length < positions.Length)
            throw new ArgumentException($"results holds {results.Length} valuations, fewer than the {positions.Length} positions", nameof(results));
        for (var i = 0; i < positions.Length; i++)
        {
            var ledger = positions[i];
            if (valuations.TryGetValue(ledger.BondId, out var valuation)) results[i] = PositionValuation.Of(ledger, valuation, asOf);
            else if (ledger.FaceYuan == 0) results[i] = PositionValuation.Flat(ledger, asOf);
            else throw new DomainException(new LocalizedText($"债券 {ledger.BondId} 在 {asOf:yyyy-MM-dd} 没有估值", $"bond {ledger.BondId} has no valuation for {asOf:yyyy-MM-dd}").Current, "valuations");
        }
    }

    public static PositionValuation[] Revalue(IReadOnlyList<PositionLedger> positions, IReadOnlyDictionary<string, ValuationView> valuations, DateOnly asOf)
    {
        var ledgers = positions as PositionLedger[] ?? [.. positions];
        var results = new PositionValuation[ledgers.Length];
        Revalue(ledgers, valuations, asOf, results);
        return results;
    }
}

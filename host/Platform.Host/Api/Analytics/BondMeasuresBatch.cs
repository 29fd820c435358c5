using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;

namespace Platform.Host.Api.Analytics;

/// Prices a batch on all cores; results come back in the order of the items.
internal static class BondMeasuresBatch
{
    public const int MaxItems = 100_000;

    public static BondMeasuresBatchResult[] Calculate(BondMeasuresBatchRequest request)
    {
        if (request.Items is not { Count: > 0 and <= MaxItems })
            throw new ValidationFailedException("items", new LocalizedText($"一批须有 1 到 {MaxItems} 只债券", $"a batch holds 1 to {MaxItems} bonds").Current);
        var culture = System.Globalization.CultureInfo.CurrentUICulture;   // worker threads answer in the caller's language
        var results = new BondMeasuresBatchResult[request.Items.Count];
        Parallel.For(0, results.Length, i =>
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
            results[i] = One(request.Items[i], request.SettlementDate);
        });
        return results;
    }

    private static BondMeasuresBatchResult One(BondMeasuresBatchItem item, DateOnly? batchSettlement)
    {
        try
        {
            var settlement = item.SettlementDate ?? batchSettlement
                ?? throw new ValidationFailedException("settlementDate", new LocalizedText("请给出结算日", "a settlement date is required").Current);
            var measures = BondMeasuresCalculator.Calculate(new BondMeasuresRequest(item.Bond, settlement, item.Yield, item.CleanPrice));
            return new BondMeasuresBatchResult(item.Id, measures, null);
        }
        catch (ValidationFailedException ex)
        {
            var (field, messages) = ex.Errors.First();
            return new BondMeasuresBatchResult(item.Id, null, new BatchItemError(field, string.Join("; ", messages)));
        }
        catch (DomainException ex)
        {
            return new BondMeasuresBatchResult(item.Id, null, new BatchItemError(ex.Field ?? "item", ex.Message));
        }
    }
}

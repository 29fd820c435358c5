using Platform.Analytics.Bonds;
using Platform.Analytics.Forwards;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;
using Platform.Trading.Contracts.Derivatives;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.Derivatives;
using Platform.Trading.Domain.ReferenceData;

namespace Platform.Trading.Application.Desk;

/// Bad input of a standard bond forward capture, before any check: the contract must be listed on the trade date, the
/// side known, the face whole contracts, the price a sane clean price, the trade date an inter-bank business day not
/// ahead of today and not after the contract's last trading day; counterparty and book must exist. The notional bond
/// is then priced by Analytics at delivery, so the terms carry the yield the price implies. Every problem is reported
/// by field; nothing is changed.
internal static class ForwardValidator
{
    public const decimal ContractFaceWan = 100m;          // one contract is 100 万 face of the notional bond
    private const decimal MaxFaceWan = 10_000_000m;       // 1,000 亿
    private const decimal MinPrice = 50m, MaxPrice = 200m;

    public sealed record Resolved(BondForwardTerms Terms, CounterpartyView Counterparty, BookNodeView Book);

    public static Resolved Validate(BondForwardRequest r, ReferenceCache.Snapshot data, DateOnly today)
    {
        var problems = new FieldProblems();
        var calendar = MarketCalendars.CnInterbank;
        var tradeDate = r.TradeDate ?? today;
        var tradeDateValid = tradeDate <= today && tradeDate >= calendar.FirstCoveredDate && calendar.IsBusinessDay(tradeDate);
        if (!tradeDateValid)
            problems.Add("tradeDate", new($"交易日 {tradeDate:yyyy-MM-dd} 须为不晚于今天的银行间市场工作日", $"trade date {tradeDate:yyyy-MM-dd} must be an inter-bank business day, not after today"));
        var listing = tradeDateValid ? StandardForwardListing.OpenOn(tradeDate, MarketCalendars.CnInterbankProjected) : [];
        var contract = listing.FirstOrDefault(c => string.Equals(c.Code, r.Contract?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (contract is null && tradeDateValid)
            problems.Add("contract", new($"合约 '{r.Contract}' 在 {tradeDate:yyyy-MM-dd} 未挂牌，可选 {string.Join(", ", listing.Select(c => c.Code))}",
                $"contract '{r.Contract}' is not listed on {tradeDate:yyyy-MM-dd}; listed: {string.Join(", ", listing.Select(c => c.Code))}"));
        if (r.Direction is not ("Buy" or "Sell"))
            problems.Add("direction", new($"方向 '{r.Direction}' 无效：Buy（买入）或 Sell（卖出）", $"direction '{r.Direction}' is not valid: Buy or Sell"));
        if (r.FaceWan <= 0 || r.FaceWan > MaxFaceWan || r.FaceWan % ContractFaceWan != 0)
            problems.Add("faceWan", new($"面额（万元）须为 {ContractFaceWan:0} 万的整数倍，且不超过 {MaxFaceWan:#,##0}",
                $"faceWan must be a whole number of {ContractFaceWan:0} 万 contracts, at most {MaxFaceWan:#,##0}"));
        if (r.Price <= MinPrice || r.Price >= MaxPrice || decimal.Round(r.Price, 4) != r.Price)
            problems.Add("price", new($"远期净价须在 {MinPrice:0} 到 {MaxPrice:0} 之间，最多 4 位小数", $"price must be a clean price per 100 between {MinPrice:0} and {MaxPrice:0}, at most 4 decimals"));
        var (counterparty, book) = CaptureParties.Check(problems, data, r.CounterpartyId, r.BookId, r.CfetsDealNumber, r.Remarks);
        if (problems.Any) throw new ValidationFailedException(problems.ToDictionary());

        var c = contract!;
        double yield;
        try
        {
            var terms = StandardBondForwardTerms.Of(c.Product, (double)c.NotionalCouponPct / 100, CouponFrequency.Of(c.CouponsPerYear), c.TenorYears);
            var listed = StandardBondForwardContract.Of(terms, c.LastTradingDay, c.DeliveryDate);
            yield = ChinaFixedBondPricer.FromCleanPrice(listed.NotionalBond, c.DeliveryDate, (double)r.Price).Yield;
        }
        catch (DomainException ex)
        {
            throw new ValidationFailedException("price", new LocalizedText($"远期价格无法换算收益率：{ex.Message}", $"the price gives no yield: {ex.Message}").Current);
        }
        return new Resolved(new BondForwardTerms(c.Code, c.Product, r.Direction!, r.FaceWan * 10_000m, r.Price, yield, (double)c.NotionalCouponPct / 100,
            c.CouponsPerYear, c.TenorYears, tradeDate, c.LastTradingDay, c.DeliveryDate, c.Settlement, SwapValidator.ClearingHouse), counterparty!, book!);
    }
}

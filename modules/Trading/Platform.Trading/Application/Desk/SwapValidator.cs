using Platform.Analytics.Swaps;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;
using Platform.Trading.Contracts.Derivatives;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Domain.ReferenceData;

namespace Platform.Trading.Application.Desk;

/// Bad input of a swap capture, before any check: the convention, side and tenor must be known, the amounts sane, the
/// trade date an inter-bank business day not ahead of today, counterparty and book must exist. The swap is then built
/// and its schedule resolved by Analytics on the projected inter-bank calendar, so the terms clearing receives are the
/// ones risk will value. Every problem
/// is reported by field; nothing is changed.
internal static class SwapValidator
{
    public const string ClearingHouse = "SHCH";
    private const decimal MaxNotionalWan = 10_000_000m;   // 1,000 亿: far above any single swap, below Analytics' limit

    public sealed record Resolved(SwapTerms Terms, CounterpartyView Counterparty, BookNodeView Book);

    public static Resolved Validate(SwapRequest r, ReferenceCache.Snapshot data, DateOnly today)
    {
        var problems = new FieldProblems();
        var calendar = MarketCalendars.CnInterbank;
        var convention = CnySwapConventions.All.FirstOrDefault(c => string.Equals(c.Name, r.Convention?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (convention is null)
            problems.Add("convention", new($"互换约定 '{r.Convention}' 无效，可选 {Names()}", $"convention '{r.Convention}' is not valid; use one of {Names()}"));
        SwapDirection? direction = r.Direction switch { "Payer" => SwapDirection.Payer, "Receiver" => SwapDirection.Receiver, _ => null };
        if (direction is null)
            problems.Add("direction", new($"方向 '{r.Direction}' 无效：Payer（支付固定）或 Receiver（收取固定）", $"direction '{r.Direction}' is not valid: Payer (pays fixed) or Receiver"));
        if (r.NotionalWan <= 0 || r.NotionalWan > MaxNotionalWan)
            problems.Add("notionalWan", new($"名义本金（万元）须大于 0 且不超过 {MaxNotionalWan:#,##0}", $"notionalWan must be above 0 and at most {MaxNotionalWan:#,##0}"));
        if (r.FixedRatePct is <= -5 or >= 50)
            problems.Add("fixedRatePct", new("固定利率（%）须在 -5 到 50 之间", "fixedRatePct must be between -5 and 50 (percent)"));
        if (Math.Abs(r.SpreadBp) >= 2_000)
            problems.Add("spreadBp", new("利差（基点）须在 ±2000 之内", "spreadBp must be within ±2,000 basis points"));
        Tenor? tenor = null;
        var hasTenor = !string.IsNullOrWhiteSpace(r.Tenor);
        var hasDates = r.EffectiveDate is not null || r.TerminationDate is not null;
        if (hasTenor == hasDates)
            problems.Add("tenor", new("须填写期限（如 1Y）或起息日与到期日，二者选一", "give a tenor (such as 1Y) or the effective and termination dates, one or the other"));
        else if (hasTenor)
        {
            if (Tenor.TryParse(r.Tenor, out var parsed) && parsed.Unit is TenorUnit.Month or TenorUnit.Year && parsed.Amount > 0) tenor = parsed;
            else problems.Add("tenor", new($"期限 '{r.Tenor}' 无效：以月或年计，如 3M、1Y、5Y", $"tenor '{r.Tenor}' is not valid: months or years, such as 3M, 1Y, 5Y"));
        }
        else if (r.EffectiveDate is null || r.TerminationDate is null)
            problems.Add(r.EffectiveDate is null ? "effectiveDate" : "terminationDate", new("起息日与到期日须同时填写", "give both the effective and the termination date"));
        var (counterparty, book) = CaptureParties.Check(problems, data, r.CounterpartyId, r.BookId, r.CfetsDealNumber, r.Remarks);
        var tradeDate = r.TradeDate ?? today;
        if (tradeDate > today || tradeDate < calendar.FirstCoveredDate || !calendar.IsBusinessDay(tradeDate))
            problems.Add("tradeDate", new($"交易日 {tradeDate:yyyy-MM-dd} 须为不晚于今天的银行间市场工作日", $"trade date {tradeDate:yyyy-MM-dd} must be an inter-bank business day, not after today"));
        if (problems.Any) throw new Platform.BuildingBlocks.Validation.ValidationFailedException(problems.ToDictionary());

        // payment dates years out need the projected calendar (docs/adr/0008); the trade date stays on the announced one
        var schedule = MarketCalendars.CnInterbankProjected;
        ResolvedSwap resolved;
        try
        {
            var (notional, rate, spread) = (r.NotionalWan * 10_000m, (double)r.FixedRatePct / 100, (double)r.SpreadBp / 10_000);
            var swap = tenor is { } t
                ? InterestRateSwap.OfTenor(convention!, schedule, tradeDate, t, direction!.Value, notional, rate, spread: spread)
                : InterestRateSwap.Of(convention!, direction!.Value, notional, rate, r.EffectiveDate!.Value, r.TerminationDate!.Value, spread);
            if (swap.EffectiveDate < tradeDate)
                throw new DomainException($"the effective date {swap.EffectiveDate:yyyy-MM-dd} is before the trade date {tradeDate:yyyy-MM-dd}", "effectiveDate");
            resolved = swap.Resolve(schedule);
        }
        catch (DomainException ex)
        {
            var field = ex.Field is "effectiveDate" or "terminationDate" ? ex.Field : tenor is null ? "terminationDate" : "tenor";
            throw new Platform.BuildingBlocks.Validation.ValidationFailedException(field, new LocalizedText($"互换无法生成：{ex.Message}", $"the swap cannot be built: {ex.Message}").Current);
        }
        var s = resolved.Swap;
        var c = s.Convention;
        return new Resolved(new SwapTerms(c.Name, c.Floating.IndexName, s.Direction.ToString(), s.Notional, s.FixedRate, s.Spread, tradeDate, s.EffectiveDate,
            s.TerminationDate, resolved.MaturityDate, c.FixedMonths, c.FixedDayCount.ToString(), c.Floating.PaymentMonths, c.Floating.DayCount.ToString(),
            c.Floating.Style == FloatingRateStyle.CompoundedRepo ? Tenor.OfDays(c.Floating.ResetDays).ToString() : c.Floating.IndexTenor.ToString(),
            resolved.FixedPeriods.Count, resolved.FixedPeriods[0].PaymentDate, $"{schedule.Name} {schedule.Version}", ClearingHouse), counterparty!, book!);
    }

    private static string Names() => string.Join(", ", CnySwapConventions.All.Select(c => c.Name));
}

using Platform.Analytics.Curves.Bootstrap;
using Platform.Analytics.Indices;
using Platform.Analytics.Swaps;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;

namespace Platform.Host.Api.Analytics;

/// <c>POST /api/v1/analytics/swaps/price</c>: builds the curves, the swap and its fixings, and prices it.
internal static class SwapPriceCalculator
{
    public static SwapPriceResult Calculate(SwapPriceRequest request)
    {
        if (request.Swap is null)
            throw new ValidationFailedException("swap", new LocalizedText("缺少互换", "a swap is required").Current);
        var (forward, calendar) = CurveBuilder.Build(request.Curve, "curve");
        var discount = request.DiscountCurve is { } d ? CurveBuilder.Build(d, "discountCurve").Curve : null;
        if (discount is not null && discount.Curve.ValuationDate != forward.Curve.ValuationDate)
            throw new ValidationFailedException("discountCurve.valuationDate", new LocalizedText("贴现曲线与预测曲线的估值日须相同", "the discount curve must have the forecasting curve's valuation date").Current);
        var swap = ApiFields.Under("swap", () => Swap(request.Swap, calendar, forward.Curve.ValuationDate)).Resolve(calendar);
        var fixings = ApiFields.Under("fixings", () => Fixings(swap.Swap.Convention.Floating.IndexName, request.Fixings));
        var discountCurve = discount?.Curve ?? forward.Curve;
        var measures = SwapPricer.Price(swap, discountCurve, forward.Curve, fixings);
        // DV01 and key rates move the forecasting curve's quotes; a separate discount curve stays put.
        double Npv(BootstrappedCurve bumped) => SwapPricer.Price(swap, discount?.Curve ?? bumped.Curve, bumped.Curve, fixings).Npv;
        var dv01 = (Npv(forward.ParallelBumped(1e-4)) - Npv(forward.ParallelBumped(-1e-4))) / 2;
        var keyRates = request.KeyRates
            ? forward.Definition.Labels.Select((label, i) => new KeyRateDv01Dto(label, (Npv(forward.Bumped(i, 1e-4)) - Npv(forward.Bumped(i, -1e-4))) / 2)).ToList()
            : null;
        return SwapPriceResult.Of(measures, dv01, swap, keyRates);
    }

    private static InterestRateSwap Swap(SwapDto dto, IBusinessCalendar calendar, DateOnly valuationDate)
    {
        var convention = CnySwapConventions.ByName(dto.Convention);
        var direction = dto.Direction?.Trim().ToLowerInvariant() switch
        {
            "payer" => SwapDirection.Payer,
            "receiver" => SwapDirection.Receiver,
            _ => throw new DomainException($"direction must be payer (pays fixed) or receiver, was '{dto.Direction}'", "direction"),
        };
        if (dto.Tenor is { } tenor)
        {
            if (dto.EffectiveDate is not null || dto.TerminationDate is not null)
                throw new DomainException("give either tenor (with an optional forwardStart) or effectiveDate and terminationDate, not both", "tenor");
            return InterestRateSwap.OfTenor(convention, calendar, valuationDate, Tenor.Parse(tenor), direction, dto.Notional, dto.FixedRate,
                dto.ForwardStart is { } start ? ParseTenor(start, "forwardStart") : null, dto.Spread);
        }
        if (dto.EffectiveDate is not { } effective || dto.TerminationDate is not { } termination)
            throw new DomainException("give a tenor, or both effectiveDate and terminationDate", dto.EffectiveDate is null ? "effectiveDate" : "terminationDate");
        return InterestRateSwap.Of(convention, direction, dto.Notional, dto.FixedRate, effective, termination, dto.Spread);
    }

    private static Tenor ParseTenor(string text, string field) =>
        Tenor.TryParse(text, out var tenor) ? tenor : throw new DomainException($"'{text}' is not a tenor such as 6M or 1Y", field);

    private static FixingSeries? Fixings(string indexName, IReadOnlyList<FixingDto>? fixings)
    {
        if (fixings is null || fixings.Count == 0) return null;
        var history = FixingHistory.Empty;
        foreach (var f in fixings) history = history.With(indexName, f.Date, f.Rate);
        return history.For(indexName);
    }
}

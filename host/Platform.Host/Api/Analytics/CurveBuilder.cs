using Platform.Analytics.Curves;
using Platform.Analytics.Curves.Bootstrap;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;

namespace Platform.Host.Api.Analytics;

/// Builds the library's curve from a <see cref="CurveSpecDto"/>, naming bad fields under the request's path to it.
internal static class CurveBuilder
{
    private static readonly (string Name, CurveInterpolation Value)[] Interpolations =
    [
        ("log-linear-discount", CurveInterpolation.LogLinearDiscount),
        ("linear-zero", CurveInterpolation.LinearZero),
        ("monotone-convex", CurveInterpolation.MonotoneConvex),
    ];

    public static string NameOf(CurveInterpolation interpolation) => Interpolations.First(i => i.Value == interpolation).Name;

    public static (BootstrappedCurve Curve, BusinessCalendar Calendar) Build(CurveSpecDto spec, string path)
    {
        if (spec is null)
            throw new ValidationFailedException(path, new LocalizedText("缺少曲线", "a curve is required").Current);
        var interpolation = Interpolation(spec.Interpolation, path);
        var definition = spec.Curve?.Trim().ToUpperInvariant() switch
        {
            "SHIBOR-3M" => CnyCurveTemplates.Shibor3M(interpolation),
            "FR007" => CnyCurveTemplates.Fr007(interpolation),
            "LPR-1Y" => CnyCurveTemplates.Lpr1Y(interpolation),
            _ => throw new ValidationFailedException(path + ".curve",
                new LocalizedText($"未知曲线 '{spec.Curve}'，可选 SHIBOR-3M、FR007、LPR-1Y", $"unknown curve '{spec.Curve}'; use SHIBOR-3M, FR007 or LPR-1Y").Current),
        };
        if (spec.Quotes is null || spec.Quotes.Count == 0)
            throw new ValidationFailedException(path + ".quotes", new LocalizedText("缺少报价", "quotes are required, one per instrument label").Current);
        var missing = definition.Instruments.Where(i => !spec.Quotes.Keys.Contains(i.Label, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
            throw new ValidationFailedException(missing.ToDictionary(i => $"{path}.quotes.{i.Label}",
                i => new[] { new LocalizedText($"曲线 {definition.Name} 缺少 {i.Label} 的报价", $"curve {definition.Name} needs a quote for {i.Label}").Current }));
        var calendar = Calendar(spec.Calendar, path);
        var discount = spec.DiscountCurve is { } d ? Build(d, path + ".discountCurve").Curve.Curve : null;
        if (definition.Name == "CNY-LPR-1Y" && discount is null)
            throw new ValidationFailedException(path + ".discountCurve",
                new LocalizedText("LPR 曲线须给出贴现曲线（如 FR007）", "an LPR curve is built over a discount curve (e.g. FR007): give discountCurve").Current);
        return (ApiFields.Under(path, () => CurveBootstrapper.Bootstrap(definition, spec.ValuationDate, spec.Quotes, calendar, discount)), calendar);
    }

    private static CurveInterpolation Interpolation(string? name, string path) =>
        name is null ? CurveInterpolation.LogLinearDiscount
        : Interpolations.FirstOrDefault(i => string.Equals(i.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)) is { Name: not null } hit ? hit.Value
        : throw new ValidationFailedException(path + ".interpolation", new LocalizedText(
            $"未知插值方法 '{name}'，可选 {string.Join("、", Interpolations.Select(i => i.Name))}",
            $"unknown interpolation '{name}'; use one of {string.Join(", ", Interpolations.Select(i => i.Name))}").Current);

    private static BusinessCalendar Calendar(string? name, string path) =>
        name is null or MarketCalendars.CnInterbankName ? MarketCalendars.CnInterbankProjected
        : name == MarketCalendars.CnExchangeName ? CalendarProjection.Project(MarketCalendars.CnExchange)
        : throw new ValidationFailedException(path + ".calendar", new LocalizedText(
            $"未知日历 '{name}'，可选 cn-interbank、cn-exchange", $"unknown calendar '{name}'; use cn-interbank or cn-exchange").Current);
}

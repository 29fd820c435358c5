namespace Platform.Web.Components.Pages.Analytics;

/// DEMO DATA: inter-bank bonds in the style of well-known ones (国债, 国开债, 同业存单) for the calculator's picker.
/// Codes, names and terms are illustrative, not the real bonds' (no reference data is wired to the portal yet);
/// never use them for a real trade. Issue dates sit on the coupon schedule, as the pricing library needs.
public static class DemoBonds
{
    public static IReadOnlyList<DemoBond> All { get; } =
    [
        new("250012", "25附息国债12", DemoBondCategory.Government, 1.39, 1, new(2025, 6, 5), new(2028, 6, 5)),
        new("260003", "26附息国债03", DemoBondCategory.Government, 1.43, 1, new(2026, 2, 15), new(2031, 2, 15)),
        new("250015", "25附息国债15", DemoBondCategory.Government, 1.66, 1, new(2025, 7, 25), new(2032, 7, 25)),
        new("260006", "26附息国债06", DemoBondCategory.Government, 1.62, 1, new(2026, 5, 25), new(2036, 5, 25)),
        new("250021", "25附息国债21", DemoBondCategory.Government, 1.88, 2, new(2025, 9, 15), new(2055, 9, 15)),
        new("250210", "25国开10", DemoBondCategory.PolicyBank, 1.49, 1, new(2025, 8, 18), new(2028, 8, 18)),
        new("260203", "26国开03", DemoBondCategory.PolicyBank, 1.58, 1, new(2026, 3, 3), new(2031, 3, 3)),
        new("260205", "26国开05", DemoBondCategory.PolicyBank, 1.76, 1, new(2026, 4, 10), new(2036, 4, 10)),
        new("112615088", "26建设银行CD088", DemoBondCategory.Ncd, null, 1, new(2026, 9, 10), new(2027, 3, 10)),
        new("112618045", "26招商银行CD045", DemoBondCategory.Ncd, null, 1, new(2026, 8, 20), new(2027, 5, 20)),
        new("112605123", "26工商银行CD123", DemoBondCategory.Ncd, null, 1, new(2026, 10, 16), new(2027, 10, 16)),
    ];

    public static DemoBond? Find(string? code) => All.FirstOrDefault(b => b.Code == code);
}

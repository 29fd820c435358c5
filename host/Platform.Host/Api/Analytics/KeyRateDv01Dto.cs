namespace Platform.Host.Api.Analytics;

/// The swap's DV01 to one curve instrument's quote (yuan per 1 bp, the curve rebuilt).
public sealed record KeyRateDv01Dto(string Label, double Dv01);

using Platform.Trading.Contracts.Derivatives;
using Platform.Trading.Domain.Books;

namespace Platform.Trading.Projection;

/// The blotter columns of a derivative, alike for every kind: a swap shows its convention, fixed rate in percent and
/// maturity; a forward its contract, price per 100 and delivery date. Notional and face in 万元.
internal sealed record DerivativeColumns(string Instrument, string Direction, decimal NotionalWan, decimal RateOrPrice, DateOnly TradeDate, DateOnly MaturityDate)
{
    public static DerivativeColumns Of(DerivativeDocument d) => d switch
    {
        { Swap: { } s } => new(s.Convention, s.Direction, s.NotionalYuan / 10_000m, Math.Round((decimal)s.FixedRate * 100m, 6), s.TradeDate, s.MaturityDate),
        { Forward: { } f } => new(f.Contract, f.Direction, f.FaceYuan / 10_000m, f.ForwardPrice, f.TradeDate, f.DeliveryDate),
        _ => throw new ArgumentException($"derivative of kind {d.Kind} has no terms", nameof(d)),
    };
}

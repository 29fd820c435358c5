using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Contracts.Tickets;
using Platform.Trading.Domain.Books;

namespace Platform.Trading.Tests.Tickets;

/// Tickets, orders and reference data for the trading rules' tests.
internal static class TicketSamples
{
    public static readonly DateTimeOffset At = new(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);   // 10:00 in Beijing, a Thursday

    public static BondView PolicyBond { get; } = new("250205", "25国开05", "国开行2025年第5期金融债券", BondTypes.PolicyBank, "CDB", "国开行", CouponTypes.Fixed, 0.0185m, 1,
        "ACT/ACT-ICMA", new(2025, 3, 10), new(2035, 3, 10), 400m, 10m, "AAA", null, "AAA+", null, null, null, null, [new MarketCode(Markets.Cfets, "250205")]);

    public static TicketRequest Request(string direction = TradeDirections.Buy, decimal faceWan = 1000m, string bondId = "B1", string book = "BOOK") =>
        new(bondId, direction, TradingMethods.Negotiated, PriceKinds.CleanPrice, 100m, faceWan, SettlementSpeeds.T1, SettlementMethods.Dvp, "ICBC", book,
            new DateOnly(2026, 11, 26));

    public static TicketEconomics Economics { get; } = new(new(2026, 11, 26), new(2026, 11, 27), 100, 101, 1, 0.02, null, 1_010_000m, 10_000m, 800m,
        null, null, null, null, null);

    public static TicketDocument Ticket(string id, string direction = TradeDirections.Buy, decimal faceWan = 1000m, string bondId = "B1") =>
        new(id, "trader1", Request(direction, faceWan, bondId), Economics, [], false, false);

    public static TradeDocument Trade(string direction = TradeDirections.Buy, decimal faceWan = 1000m, string bondId = "B1", string? ticketId = null) =>
        new("trader1", Request(direction, faceWan, bondId), Economics, "CFETS-1", ticketId, []);
}

using Platform.Analytics.Swaps;
using Platform.Trading.Contracts.Derivatives;
using Platform.Trading.Contracts.ReferenceData;

namespace Platform.Web.Components.Pages.Trading;

/// The swap capture form as the trader fills it: the choices, the figures as typed and the picked counterparty. It
/// becomes a <see cref="SwapRequest"/> (tenor from spot) once every required input is there; the desk checks the rest.
public sealed class SwapDraft
{
    /// The conventions offered, the most traded first.
    public static IReadOnlyList<string> Conventions { get; } =
        [CnySwapConventions.Fr007.Name, CnySwapConventions.Shibor3M.Name, CnySwapConventions.Lpr1Y.Name, CnySwapConventions.PrimeNcd1Y.Name];

    public static IReadOnlyList<string> Directions { get; } = Enum.GetNames<SwapDirection>();

    public string Convention { get; set; } = CnySwapConventions.Fr007.Name;
    public string Direction { get; set; } = nameof(SwapDirection.Payer);
    public string? Notional { get; set; }
    public string? FixedRate { get; set; }
    public string? Tenor { get; set; }
    public string? Spread { get; set; }
    public CounterpartyView? Counterparty { get; set; }
    public string? BookId { get; set; }
    public DateOnly? TradeDate { get; set; }
    public string? DealNumber { get; set; }
    public string? Remarks { get; set; }

    /// The request, or null while a required input is missing or a number is not one; no spread typed is none.
    public SwapRequest? ToRequest() =>
        TradingFormat.Parse(Notional) is { } notional && TradingFormat.Parse(FixedRate) is { } rate && !string.IsNullOrWhiteSpace(Tenor)
        && SpreadBp is { } spread && Counterparty is { } counterparty && !string.IsNullOrEmpty(BookId) && TradeDate is { } tradeDate
            ? new SwapRequest(Convention, Direction, notional, rate, Tenor.Trim(), SpreadBp: spread, CounterpartyId: counterparty.CounterpartyId,
                BookId: BookId, TradeDate: tradeDate, CfetsDealNumber: Blank(DealNumber), Remarks: Blank(Remarks))
            : null;

    /// After a booking: the figures and the deal's own number go, so that the same deal cannot be booked twice by a
    /// second click; the choices that usually repeat stay.
    public void NextDeal() => (Notional, FixedRate, DealNumber, Remarks) = (null, null, null, null);

    private decimal? SpreadBp => string.IsNullOrWhiteSpace(Spread) ? 0m : TradingFormat.Parse(Spread);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

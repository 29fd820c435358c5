using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendars;
using Xunit;

namespace Platform.Host.IntegrationTests.Support;

/// Calls of the trading API for the tests, with dates chosen on the inter-bank calendar from the real clock: an
/// order's trade date is the latest business day up to today; a ticket's the first day the market still trades.
public static class TradingApi
{
    public const string PolicyBookBond = "RATES-TRD";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static DateOnly Today => ChinaTime.DateOf(DateTimeOffset.UtcNow);

    public static DateOnly OrderDate
    {
        get
        {
            var calendar = MarketCalendars.CnInterbank;
            return calendar.IsBusinessDay(Today) ? Today : calendar.PreviousBusinessDay(Today);
        }
    }

    /// Today when it is a business day before the last session ends (20:00), else the next business day.
    public static DateOnly TicketDate
    {
        get
        {
            var calendar = MarketCalendars.CnInterbank;
            var now = ChinaTime.ToChinaTime(DateTimeOffset.UtcNow);
            return calendar.IsBusinessDay(Today) && now.Hour < 19 ? Today : calendar.NextBusinessDay(Today);
        }
    }

    /// The longest bond of the type with its latest valuation (clean price), from the demo set.
    public static async Task<(string BondId, double CleanPrice, decimal MinFace)> BondAsync(HttpClient client, string bondType)
    {
        var bonds = await client.GetFromJsonAsync<JsonElement>($"/api/v1/trading/reference/bonds?bondType={bondType}&pageSize=50", Ct);
        var bond = bonds.GetProperty("items").EnumerateArray().Last();
        var id = bond.GetProperty("bondId").GetString()!;
        var valuations = await client.GetFromJsonAsync<JsonElement>($"/api/v1/trading/reference/bonds/{id}/valuations", Ct);
        return (id, valuations.EnumerateArray().Last().GetProperty("cleanPrice").GetDouble(), bond.GetProperty("minFaceWan").GetDecimal());
    }

    public static object Order(string bondId, double cleanPrice, decimal faceWan, string direction = "Buy", string book = PolicyBookBond, string counterparty = "ICBC",
        DateOnly? tradeDate = null, string? settlementDate = null) => new
    {
        bondId, direction, tradingMethod = "Rfq", priceKind = "CleanPrice", price = Math.Round((decimal)cleanPrice, 4), faceWan,
        settlementSpeed = "T1", settlementMethod = "Dvp", counterpartyId = counterparty, bookId = book,
        tradeDate = (tradeDate ?? OrderDate).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), settlementDate,
    };

    public static object Ticket(string bondId, double cleanPrice, decimal faceWan, string direction = "Buy", string book = PolicyBookBond, string counterparty = "ICBC") => new
    {
        bondId, direction, tradingMethod = "Negotiated", priceKind = "CleanPrice", price = Math.Round((decimal)cleanPrice, 4), faceWan,
        settlementSpeed = "T1", settlementMethod = "Dvp", counterpartyId = counterparty, bookId = book,
        tradeDate = TicketDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), purpose = "测试 test",
    };

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request, Ct);
    }

    public static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public static async Task<decimal> HeldAsync(HttpClient client, string book, string bondId)
    {
        var positions = await client.GetFromJsonAsync<JsonElement>($"/api/v1/trading/positions?book={book}", Ct);
        return positions.EnumerateArray().Where(p => p.GetProperty("bondId").GetString() == bondId).Select(p => p.GetProperty("faceWan").GetDecimal()).FirstOrDefault();
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.BuildingBlocks.Persistence;
using Platform.Host.IntegrationTests.Support;
using Platform.Testing;
using Xunit;

namespace Platform.Host.IntegrationTests;

/// Trading reference data over HTTP on SQLite and PostgreSQL: the demo set, CSV imports that load every row or none,
/// and data stewards' edits.
public sealed class TradingReferenceDataApiTests
{
    private const string Reference = "/api/v1/trading/reference";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task The_demo_set_is_seeded_and_any_user_reads_it_under_any_of_a_bonds_codes(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new PlatformFactory(database);
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");

        var bonds = await trader.GetFromJsonAsync<JsonElement>($"{Reference}/bonds?pageSize=500", Ct);
        Assert.True(bonds.GetProperty("total").GetInt64() >= 200);
        var types = bonds.GetProperty("items").EnumerateArray().Select(b => b.GetProperty("bondType").GetString()).Distinct().Count();
        Assert.Equal(11, types);
        var ncds = await trader.GetFromJsonAsync<JsonElement>($"{Reference}/bonds?bondType=Ncd&pageSize=5", Ct);
        Assert.All(ncds.GetProperty("items").EnumerateArray(), b => Assert.Equal("Zero", b.GetProperty("couponType").GetString()));

        var treasury = bonds.GetProperty("items").EnumerateArray().First(b => b.GetProperty("codes").GetArrayLength() == 3);
        var id = treasury.GetProperty("bondId").GetString();
        foreach (var code in treasury.GetProperty("codes").EnumerateArray())
        {
            var found = await trader.GetFromJsonAsync<JsonElement>(
                $"{Reference}/bonds/by-code?market={code.GetProperty("market").GetString()}&code={code.GetProperty("code").GetString()}", Ct);
            Assert.Equal(id, found.GetProperty("bondId").GetString());
        }
        var valuations = await trader.GetFromJsonAsync<JsonElement>($"{Reference}/bonds/{id}/valuations", Ct);
        Assert.InRange(valuations.GetArrayLength(), 200, 260);
        var last = valuations.EnumerateArray().Last();
        Assert.InRange(last.GetProperty("cleanPrice").GetDouble(), 60, 140);
        Assert.InRange(last.GetProperty("yield").GetDouble(), 0.0005, 0.08);

        var counterparties = await trader.GetFromJsonAsync<JsonElement>($"{Reference}/counterparties?pageSize=100", Ct);
        Assert.Equal(50, counterparties.GetProperty("total").GetInt64());
        var books = await trader.GetFromJsonAsync<JsonElement>($"{Reference}/books", Ct);
        Assert.Equal(6, books.EnumerateArray().Count(n => n.GetProperty("level").GetString() == "Book"));
        Assert.Equal("Firm", books[0].GetProperty("level").GetString());

        var missing = await trader.GetAsync($"{Reference}/bonds/NOPE", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var badType = await trader.GetAsync($"{Reference}/bonds?bondType=Junk", Ct);
        await ProblemAssert.IsProblemAsync(badType, HttpStatusCode.BadRequest, "bondType");
    }

    [Theory, InlineData(DatabaseKind.Sqlite), InlineData(DatabaseKind.PostgreSql)]
    public async Task An_import_with_bad_rows_changes_nothing_and_names_each_line_and_a_corrected_file_loads_every_row(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new PlatformFactory(database);
        var steward = await PlatformFactory.SignedInAsync(host, "steward1");
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");

        var issuers = "issuerId,name,shortName,creditCode,issuerKind,sector,rating,ratingAgency\r\nHZCT,杭州市城市建设投资集团有限公司,杭州城投,91350100M000100Y43,LocalSoe,城投,AA+,中诚信国际\r\n";
        Assert.Equal(HttpStatusCode.Forbidden, (await PostCsvAsync(trader, "issuers", issuers)).StatusCode);
        var loaded = await PostCsvAsync(steward, "issuers", issuers);
        Assert.Equal(HttpStatusCode.OK, loaded.StatusCode);
        Assert.Equal(1, (await loaded.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("imported").GetInt32());

        const string header = "bondId,shortName,fullName,bondType,issuerId,couponType,couponRatePct,frequency,dayCount,issueDate,maturityDate,issueSizeYi,minFaceWan,externalRating,ratingAgency,impliedRating,optionKind,optionDate,optionPrice,isin,codes";
        var takenCode = (await trader.GetFromJsonAsync<JsonElement>($"{Reference}/bonds?bondType=PolicyBank&pageSize=1", Ct))
            .GetProperty("items")[0].GetProperty("codes")[0].GetProperty("code").GetString();
        var bad = string.Join("\n", header,
            "102690001,26杭州城投MTN001,杭州城投2026年度第一期中期票据,Mtn,HZCT,Fixed,2.45,1,ACT/ACT-ICMA,2026-03-10,2029-03-10,10,10,AA+,中诚信国际,AA+,,,,,CFETS:102690001",
            "102690002,26杭州城投MTN002,,Junk,HZCT,Fixed,2.55,1,ACT/ACT-ICMA,2026-03-10,2026-02-30,10,10,AA+,,,,,,,CFETS:102690002",
            $"102690003,26杭州城投MTN003,,Mtn,NOBODY,Fixed,2.60,1,ACT/ACT-ICMA,2026-03-10,2029-03-10,10,10,AA+,,,,,,,CFETS:{takenCode}",
            "102690004,26杭州城投MTN004,,Mtn,HZCT,Fixed,2.60,3,ACT/ACT-ICMA,2026-03-10,2029-03-10,10,10,AAAA,,,,,,,CFETS:102690004");
        var refused = await PostCsvAsync(steward, "bonds", bad);
        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.BadRequest, "rows[3].bondType");
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "rows[3].maturityDate", "rows[4].issuerId", "rows[4].codes", "rows[5].frequency", "rows[5].externalRating" })
            Assert.True(errors.TryGetProperty(field, out _), $"{field} missing from {errors}");
        Assert.False(errors.EnumerateObject().Any(e => e.Name.StartsWith("rows[2]", StringComparison.Ordinal)), errors.ToString());
        Assert.Contains(takenCode!, errors.GetProperty("rows[4].codes")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, problem.GetProperty("importReport").GetProperty("imported").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await trader.GetAsync($"{Reference}/bonds/102690001", Ct)).StatusCode);   // the good row was not loaded either

        var good = string.Join("\n", header,
            "102690001,26杭州城投MTN001,杭州城投2026年度第一期中期票据,Mtn,HZCT,Fixed,2.45,1,ACT/ACT-ICMA,2026-03-10,2029-03-10,10,10,AA+,中诚信国际,AA+,,,,,CFETS:102690001",
            "102690002,26杭州城投MTN002,\"杭州城投, 第二期\",Mtn,HZCT,Fixed,2.55,1,ACT/ACT-ICMA,2026-03-10,2031-03-10,10,10,AA+,,,Put,2029-03-10,100,,CFETS:102690002");
        var accepted = await PostCsvAsync(steward, "bonds", good);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(2, (await accepted.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("imported").GetInt32());
        var second = await trader.GetFromJsonAsync<JsonElement>($"{Reference}/bonds/by-code?market=CFETS&code=102690002", Ct);
        Assert.Equal("杭州城投, 第二期", second.GetProperty("fullName").GetString());
        Assert.Equal(0.0255m, second.GetProperty("couponRate").GetDecimal());
        Assert.Equal("Put", second.GetProperty("optionKind").GetString());
        Assert.Equal("杭州城投", second.GetProperty("issuerName").GetString());

        var auditor = await PlatformFactory.SignedInAsync(host, "auditor1");
        var imports = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit?action=trading.reference.import", Ct);
        Assert.Equal(2, imports.GetProperty("total").GetInt64());   // the refused file left no trace but its answer
    }

    [Theory, InlineData(DatabaseKind.Sqlite)]
    public async Task A_gbk_file_from_excel_reads_its_chinese_names_and_stewards_edit_counterparties_and_authority(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new PlatformFactory(database);
        var steward = await PlatformFactory.SignedInAsync(host, "steward1");
        var trader = await PlatformFactory.SignedInAsync(host, "trader1");

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var csv = "counterpartyId,name,shortName,cfetsMemberCode,kind,whitelistStatus,creditLineWan,relatedParty,traders\r\nQDB,青岛银行股份有限公司,青岛银行,209901,Bank,Approved,80000,false,王敏:qdb01;李杰:qdb02\r\n";
        using (var content = new ByteArrayContent(Encoding.GetEncoding("GBK").GetBytes(csv)))
        {
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
            var response = await steward.PostAsync($"{Reference}/counterparties/import", content, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        var qdb = await trader.GetFromJsonAsync<JsonElement>($"{Reference}/counterparties/QDB", Ct);
        Assert.Equal("青岛银行", qdb.GetProperty("shortName").GetString());
        Assert.Equal(["李杰", "王敏"], qdb.GetProperty("traders").EnumerateArray().Select(t => t.GetProperty("traderName").GetString()).Order(StringComparer.Ordinal));

        Assert.Equal(HttpStatusCode.Forbidden, (await trader.PutAsJsonAsync($"{Reference}/counterparties/QDB", new { whitelistStatus = "Suspended", creditLineWan = 0, relatedParty = false }, Ct)).StatusCode);
        await ProblemAssert.IsProblemAsync(await steward.PutAsJsonAsync($"{Reference}/counterparties/QDB", new { whitelistStatus = "Gone", creditLineWan = -1, relatedParty = false }, Ct), HttpStatusCode.BadRequest, "whitelistStatus");
        var changed = await steward.PutAsJsonAsync($"{Reference}/counterparties/QDB", new { whitelistStatus = "Suspended", creditLineWan = 1000, relatedParty = true }, Ct);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        qdb = await trader.GetFromJsonAsync<JsonElement>($"{Reference}/counterparties/QDB", Ct);
        Assert.Equal("Suspended", qdb.GetProperty("whitelistStatus").GetString());
        Assert.Equal(1000m, qdb.GetProperty("creditLineWan").GetDecimal());
        Assert.Equal(HttpStatusCode.NotFound, (await steward.PutAsJsonAsync($"{Reference}/counterparties/NOPE", new { whitelistStatus = "Watch", creditLineWan = 0, relatedParty = false }, Ct)).StatusCode);

        await ProblemAssert.IsProblemAsync(await steward.PutAsJsonAsync($"{Reference}/books/RATES/traders/trader1", new { maxFacePerTicketWan = 100 }, Ct), HttpStatusCode.BadRequest, "bookId");
        var book = await (await steward.PutAsJsonAsync($"{Reference}/books/CREDIT-TRD/traders/trader1", new { maxFacePerTicketWan = 12345 }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(12345m, book.GetProperty("traders").EnumerateArray().Single(t => t.GetProperty("userName").GetString() == "trader1").GetProperty("maxFacePerTicketWan").GetDecimal());
    }

    private static async Task<HttpResponseMessage> PostCsvAsync(HttpClient client, string kind, string csv)
    {
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        return await client.PostAsync($"{Reference}/{kind}/import", content, Ct);
    }
}

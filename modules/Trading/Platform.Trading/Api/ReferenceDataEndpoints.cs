using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Platform.Administration.Contracts;
using Platform.BuildingBlocks.Paging;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;
using Platform.Trading.Contracts.ReferenceData;

namespace Platform.Trading.Api;

/// Reference data over HTTP: everyone signed in reads; DataSteward (and Admin) imports and edits.
internal static class ReferenceDataEndpoints
{
    private static readonly string[] Stewards = [PlatformRoles.DataSteward, PlatformRoles.Admin];

    public static RouteGroupBuilder MapReferenceDataEndpoints(this RouteGroupBuilder trading)
    {
        var reference = trading.MapGroup("/reference").WithTags("Trading reference data").RequireAuthorization();
        reference.MapGet("/bonds", async (string? bondType, string? search, int? page, int? pageSize, IReferenceData data, CancellationToken ct) =>
                TypedResults.Ok(await data.ListBondsAsync(new BondQuery(bondType, search), PageRequest.Of(page, pageSize), ct)))
            .WithSummary("Lists bonds by type and maturity, optionally of one bondType and matching text in the id, a code or a name.");
        reference.MapGet("/bonds/by-code", async (string? market, string? code, IReferenceData data, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(code)) throw new ValidationFailedException("code", new LocalizedText("请给出代码", "code is required").Current);
                return TypedResults.Ok(await data.FindBondByCodeAsync(market, code.Trim(), ct) ?? throw NoBond(code));
            })
            .WithSummary("Finds a bond by its code on a market (CFETS, SSE, SZSE), one security under any of its codes.");
        reference.MapGet("/bonds/{bondId}", async (string bondId, IReferenceData data, CancellationToken ct) =>
                TypedResults.Ok(await data.FindBondAsync(bondId, ct) ?? throw NoBond(bondId)))
            .WithSummary("One bond with its terms, ratings and codes.");
        reference.MapGet("/bonds/{bondId}/valuations", async (string bondId, DateOnly? from, DateOnly? to, IReferenceData data, IClock clock, CancellationToken ct) =>
            {
                _ = await data.FindBondAsync(bondId, ct) ?? throw NoBond(bondId);
                var end = to ?? clock.Today();
                return TypedResults.Ok(await data.ValuationHistoryAsync(bondId, from ?? end.AddYears(-1), end, ct));
            })
            .WithSummary("A bond's daily valuations (clean and dirty price, accrued, yield, modified duration) from `from` to `to`, one year back by default.");
        reference.MapGet("/issuers", async (string? search, int? page, int? pageSize, IReferenceData data, CancellationToken ct) =>
                TypedResults.Ok(await data.ListIssuersAsync(search, PageRequest.Of(page, pageSize), ct)))
            .WithSummary("Lists issuers with their unified social credit code and rating.");
        reference.MapGet("/counterparties", async (string? search, int? page, int? pageSize, IReferenceData data, CancellationToken ct) =>
                TypedResults.Ok(await data.ListCounterpartiesAsync(search, PageRequest.Of(page, pageSize), ct)))
            .WithSummary("Lists counterparties with their CFETS member code, whitelist status, credit line and dealers.");
        reference.MapGet("/counterparties/{counterpartyId}", async (string counterpartyId, IReferenceData data, CancellationToken ct) =>
                TypedResults.Ok(await data.FindCounterpartyAsync(counterpartyId, ct) ?? throw NoCounterparty(counterpartyId)))
            .WithSummary("One counterparty.");
        reference.MapPut("/counterparties/{counterpartyId}", async (string counterpartyId, CounterpartyUpdate update, IReferenceDataAdmin admin, ClaimsPrincipal user, CancellationToken ct) =>
                TypedResults.Ok(await admin.UpdateCounterpartyAsync(counterpartyId, update, user.Identity!.Name!, ct)))
            .RequireAuthorization(p => p.RequireRole(Stewards))
            .WithSummary("Changes a counterparty's whitelist status, credit line (万元) and related-party flag; audited.");
        reference.MapGet("/books", async (IReferenceData data, CancellationToken ct) => TypedResults.Ok(await data.BookTreeAsync(ct)))
            .WithSummary("The book hierarchy (firm → department → desk → book), parents first, with each book's accounting class and traders.");
        reference.MapPut("/books/{bookId}/traders/{userName}", async (string bookId, string userName, TraderAuthorityBody body, IReferenceDataAdmin admin, ClaimsPrincipal user, CancellationToken ct) =>
                TypedResults.Ok(await admin.SetTraderAuthorityAsync(bookId, userName, body.MaxFacePerTicketWan, user.Identity!.Name!, ct)))
            .RequireAuthorization(p => p.RequireRole(Stewards))
            .WithSummary("Grants or changes a trader's authority in a book: the largest face per ticket in 万元 (0 removes it); audited.");
        reference.MapPost("/{kind}/import", ImportAsync)
            .RequireAuthorization(p => p.RequireRole(Stewards))
            .Accepts<string>("text/csv")
            .WithMetadata(new RequestSizeLimitAttribute(CsvRequestBody.MaxBytes))
            .WithSummary("Imports issuers, bonds or counterparties from a CSV file (the raw body, header row first): every row or none; a bad file is a 400 listing each problem by line and column.");
        return trading;
    }

    private static async Task<IResult> ImportAsync(string kind, HttpContext http, IReferenceDataAdmin admin, ClaimsPrincipal user, CancellationToken ct)
    {
        var csv = await CsvRequestBody.ReadAsync(http.Request, ct);
        var report = await admin.ImportAsync(kind, csv, user.Identity!.Name!, ct);
        if (report.Succeeded) return TypedResults.Ok(report);
        var errors = report.Errors.GroupBy(e => $"rows[{e.Line.ToString(CultureInfo.InvariantCulture)}].{e.Field}")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        return TypedResults.ValidationProblem(errors,
            detail: new LocalizedText($"文件有 {report.Errors.Count} 处问题，未导入任何数据", $"the file has {report.Errors.Count} problems; nothing was imported").Current,
            title: new LocalizedText("导入文件不合法", "The import file is not valid").Current,
            extensions: new Dictionary<string, object?> { ["importReport"] = report });
    }

    private static NotFoundException NoBond(string id) => new(new LocalizedText($"债券 '{id}' 不存在", $"bond '{id}' does not exist").Current);

    private static NotFoundException NoCounterparty(string id) => new(new LocalizedText($"交易对手 '{id}' 不存在", $"counterparty '{id}' does not exist").Current);
}

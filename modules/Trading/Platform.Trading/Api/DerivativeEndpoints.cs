using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Platform.Administration.Contracts;
using Platform.BuildingBlocks.Paging;
using Platform.BuildingBlocks.Validation;
using Platform.SharedKernel;
using Platform.Trading.Contracts.Derivatives;

namespace Platform.Trading.Api;

/// Derivatives capture over HTTP: previews (terms and checks, nothing changed), booking with the header
/// <c>Idempotency-Key</c> (the same key from the same user returns the first booking; 201, or 422 listing the checks),
/// the standard bond forward contracts listed on a day, and the booked derivatives of a book.
internal static class DerivativeEndpoints
{
    private const string KeyHeader = "Idempotency-Key";
    private static readonly string[] Traders = [PlatformRoles.Trader, PlatformRoles.Admin];

    public static RouteGroupBuilder MapDerivativeEndpoints(this RouteGroupBuilder trading)
    {
        var derivatives = trading.MapGroup("/derivatives").WithTags("Trading derivatives").RequireAuthorization();
        MapCapture<SwapRequest>(derivatives, "/swaps", (desk, r, trader, ct) => desk.PreviewSwapAsync(r, trader, ct), (desk, r, trader, key, ct) => desk.BookSwapAsync(r, trader, key, ct),
            "What a CNY swap (FR007, SHIBOR-3M, LPR-1Y, PRIMENCD-1Y) resolves to (dates, periods, day counts, reset tenor, clearing house) and its checks. Changes nothing; 400 naming each bad field.",
            "Books a CNY swap executed on CFETS, for clearing at SHCH. 201 with the booked swap and its terms; 422 when a check fails.");
        MapCapture<BondForwardRequest>(derivatives, "/bond-forwards", (desk, r, trader, ct) => desk.PreviewForwardAsync(r, trader, ct),
            (desk, r, trader, key, ct) => desk.BookForwardAsync(r, trader, key, ct),
            "What a standard bond forward resolves to (contract, notional bond, dates, the yield its price implies at delivery) and its checks. Changes nothing.",
            "Books a standard bond forward executed on CFETS, for clearing at SHCH. 201 with the booked forward; 422 when a check fails.");
        derivatives.MapGet("/bond-forwards/contracts", async (DateOnly? date, IDerivativesDesk desk, CancellationToken ct) =>
                TypedResults.Ok(await desk.ForwardContractsAsync(date, ct)))
            .WithSummary("The standard bond forward contracts listed on a day (default today): product, notional bond, last trading and delivery dates.");
        derivatives.MapGet("/{tradeId}", async (string tradeId, IDerivativesDesk desk, CancellationToken ct) =>
                await desk.FindAsync(tradeId, ct) is { } found ? Results.Ok(found)
                    : Results.Problem(statusCode: 404, title: new LocalizedText("未找到", "Not found").Current, detail: new LocalizedText($"衍生品交易 {tradeId} 不存在", $"derivative {tradeId} does not exist").Current))
            .WithSummary("One booked derivative with its full terms.");
        derivatives.MapGet("/", async (string? book, string? kind, DateOnly? from, DateOnly? to, int? page, int? pageSize, IDerivativesDesk desk, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(book))
                    throw new ValidationFailedException("book", new LocalizedText("须指定账簿", "book is required").Current);
                if (kind is not null && !DerivativeKinds.All.Contains(kind))
                    throw new ValidationFailedException("kind", new LocalizedText($"类型 '{kind}' 无效，可选 {string.Join(", ", DerivativeKinds.All)}", $"kind '{kind}' is not valid; use one of {string.Join(", ", DerivativeKinds.All)}").Current);
                return TypedResults.Ok(await desk.ListAsync(new DerivativeQuery(book, kind, from, to), PageRequest.Of(page, pageSize), ct));
            })
            .WithSummary("A book's derivatives, newest first, by kind (`Swap`, `BondForward`) and trade date range (paged).");
        return trading;
    }

    /// A capture kind's two writes, for traders: <c>{path}/preview</c> (terms and checks, nothing changed) and
    /// <c>{path}</c> (booked once per Idempotency-Key: 201, or 422 listing the checks).
    private static void MapCapture<TRequest>(RouteGroupBuilder derivatives, string path,
        Func<IDerivativesDesk, TRequest, string, CancellationToken, Task<DerivativePreview>> preview,
        Func<IDerivativesDesk, TRequest, string, string, CancellationToken, Task<DerivativeView>> book, string previewSummary, string bookSummary)
    {
        derivatives.MapPost(path + "/preview", async (TRequest request, IDerivativesDesk desk, ClaimsPrincipal user, CancellationToken ct) =>
                TypedResults.Ok(await preview(desk, request, user.Identity!.Name!, ct)))
            .RequireAuthorization(p => p.RequireRole(Traders))
            .WithSummary(previewSummary);
        derivatives.MapPost(path, async ([FromHeader(Name = KeyHeader)] string? key, TRequest request, IDerivativesDesk desk, ClaimsPrincipal user, CancellationToken ct) =>
                await CheckedResults.Of(async () =>
                {
                    var booked = await book(desk, request, user.Identity!.Name!, key ?? "", ct);
                    return TypedResults.Created($"/api/v1/trading/derivatives/{booked.TradeId}", booked);
                }))
            .RequireAuthorization(p => p.RequireRole(Traders))
            .WithSummary(bookSummary);
    }
}

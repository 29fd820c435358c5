using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Administration.Contracts;
using Platform.SharedKernel;
using Platform.Trading.Application.Desk;
using Platform.Trading.Contracts.Derivatives;

namespace Platform.Trading.Api;

/// Derivatives capture over HTTP. For now the swap preview: the terms a swap request resolves to (schedule, day counts,
/// clearing house) or a 400 naming every bad field; booking follows (see the module README).
internal static class DerivativeEndpoints
{
    private static readonly string[] Traders = [PlatformRoles.Trader, PlatformRoles.Admin];

    public static RouteGroupBuilder MapDerivativeEndpoints(this RouteGroupBuilder trading)
    {
        var derivatives = trading.MapGroup("/derivatives").WithTags("Trading derivatives").RequireAuthorization(p => p.RequireRole(Traders));
        derivatives.MapPost("/swaps/preview", async (SwapRequest request, ReferenceCache references, IClock clock, CancellationToken ct) =>
                TypedResults.Ok(SwapValidator.Validate(request, await references.GetAsync(ct), clock.Today()).Terms))
            .WithSummary("What a CNY swap (FR007, SHIBOR-3M, LPR-1Y, PRIMENCD-1Y) resolves to: effective, termination and first payment dates, periods, day counts, reset tenor, clearing house. Changes nothing; 400 naming each bad field.");
        return trading;
    }
}

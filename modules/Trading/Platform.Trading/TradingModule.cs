using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Akka.Hosting;
using Platform.BuildingBlocks;
using Platform.BuildingBlocks.Actors;
using Platform.BuildingBlocks.Demo;
using Platform.BuildingBlocks.Persistence;
using Platform.Trading.Api;
using Platform.Trading.Application.ReferenceData;
using Platform.Trading.Actors;
using Platform.Trading.Application.Desk;
using Platform.Trading.Application.Quotes;
using Platform.Trading.Contracts.Derivatives;
using Platform.Trading.Contracts.ReferenceData;
using Platform.Trading.Contracts.Tickets;
using Platform.Trading.Contracts.Quotes;
using Platform.Trading.Domain.Checks;
using Platform.Trading.Projection;
using Platform.Trading.Workflows;
using Platform.Workflows.Contracts;
using Platform.Trading.Demo;
using Platform.Trading.Persistence;

namespace Platform.Trading;

/// The trading module's public face: reference data, tickets with their checks and approval, the order core (one
/// sharded entity per book) and its read model.
public static class TradingModule
{
    public const string Name = "trading";

    public static IServiceCollection AddTradingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TradingOptions>().Bind(configuration.GetSection(TradingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddModuleMigrations(Name, typeof(TradingModule).Assembly);
        services.AddMessageManifests(typeof(TradingModule).Assembly);
        services.AddMessageManifests(typeof(Contracts.Events.TradeBookedEvent).Assembly);
        services.AddSingleton<ReferenceDataStore>();
        services.AddSingleton<ReferenceDataImporter>();
        services.AddSingleton<IReferenceData, ReferenceDataQueries>();
        services.AddSingleton<IReferenceDataAdmin, ReferenceDataAdmin>();
        services.AddSingleton<IDemoDataSeeder, TradingDemoSeeder>();

        services.AddSingleton<BookReadStore>();
        services.AddSingleton<TradingProjectionStore>();
        services.AddSingleton<BookChanges>();
        services.AddSingleton<IBookChanges>(sp => sp.GetRequiredService<BookChanges>());
        services.AddSingleton<ReferenceCache>();
        services.AddSingleton<ValuationCache>();
        services.AddSingleton<ExposureCache>();
        services.AddSingleton<TradingViews>();
        services.AddSingleton<PositionSnapshotStore>();
        services.AddSingleton<PositionSnapshots>();
        services.AddSingleton<EndOfDaySnapshots>();
        services.AddHostedService(sp => sp.GetRequiredService<EndOfDaySnapshots>());
        services.AddSingleton<TicketApprovals>();
        services.AddSingleton<BookGateway>();
        services.AddSingleton<ITradingDesk, TradingDesk>();
        services.AddSingleton<DerivativeReadStore>();
        services.AddSingleton<IDerivativesDesk, DerivativesDesk>();
        services.AddSingleton<IPreTradeCheck, TradingDayCheck>();
        services.AddSingleton<IPreTradeCheck, PriceDeviationCheck>();
        services.AddSingleton<IPreTradeCheck, CounterpartyCheck>();
        services.AddSingleton<IPreTradeCheck, PositionCheck>();
        services.AddSingleton<IPreTradeCheck, TraderAuthorityCheck>();
        services.AddSingleton<IActorRegistration, TradingActorRegistration>();
        services.AddSingleton<IServiceTaskHandler>(sp => new TicketDecisionHandler(sp.GetRequiredService<IRequiredActor<BookRegion>>(), approve: true));
        services.AddSingleton<IServiceTaskHandler>(sp => new TicketDecisionHandler(sp.GetRequiredService<IRequiredActor<BookRegion>>(), approve: false));
        services.AddSingleton<QuoteStore>();
        services.AddSingleton<IQuoteBoard, QuoteBoard>();
        services.AddHostedService<TicketProcessDeployer>();
        services.AddHostedService<BookRecovery>();
        return services;
    }

    public static IEndpointRouteBuilder MapTradingEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/trading");
        api.MapReferenceDataEndpoints();
        api.MapDeskEndpoints();
        api.MapQuoteEndpoints();
        api.MapDerivativeEndpoints();
        return app;
    }
}

using BotCompanion.Web.Health;

namespace BotCompanion.Web;

public static class DependencyInjection
{
    /// <summary>Host concerns: ProblemDetails errors, health checks, the start-up banner.</summary>
    public static IServiceCollection AddBotCompanionWeb(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", tags: ["ready"])
            .AddCheck<ModelHealthCheck>("model", tags: ["ready"]);
        services.AddHostedService<StartupBanner>();
        return services;
    }
}

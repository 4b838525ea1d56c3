using BotCompanion.Web.Health;

namespace BotCompanion.Web;

public static class DependencyInjection
{
    /// <summary>Host concerns: ProblemDetails errors (4xx for unreadable requests), health checks, the start-up banner.</summary>
    public static IServiceCollection AddBotCompanionWeb(this IServiceCollection services)
    {
        services.AddProblemDetails();

        // A body that cannot be read is the caller's fault in every environment: 400, not Development's exception (a 500).
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
        services.Configure<ExceptionHandlerOptions>(options =>
            options.StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError);
        services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", tags: ["ready"])
            .AddCheck<ModelHealthCheck>("model", tags: ["ready"]);
        services.AddHostedService<StartupBanner>();
        return services;
    }
}

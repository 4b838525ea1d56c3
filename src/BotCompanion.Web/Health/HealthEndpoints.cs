using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace BotCompanion.Web.Health;

public static class HealthEndpoints
{
    /// <summary>/healthz: the process is alive. /readyz: the store and the model provider answer.</summary>
    public static IEndpointRouteBuilder MapBotCompanionHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return endpoints;
    }
}

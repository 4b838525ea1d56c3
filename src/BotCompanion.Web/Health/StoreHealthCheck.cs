using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BotCompanion.Web.Health;

internal sealed class StoreHealthCheck(IStateStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy(store.GetType().Name);
        }
        catch (StoreUnavailableException ex)
        {
            return HealthCheckResult.Unhealthy("The state store is unreachable.", ex);
        }
    }
}

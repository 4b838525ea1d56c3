using BotCompanion.Ai;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BotCompanion.Web.Health;

/// <summary>Degraded, never unhealthy, when the model is unreachable: the offline coach still answers every turn.</summary>
internal sealed class ModelHealthCheck(IModelHealth model) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var report = await model.CheckAsync(cancellationToken);
        return report.Reachable ? HealthCheckResult.Healthy(report.Description) : HealthCheckResult.Degraded(report.Description);
    }
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BotCompanion.Ai.Embeddings;

/// <summary>Logs which guard head is in use (version and SHA-256) once at start-up.</summary>
internal sealed class GuardHeadStartup(LoadedGuardHead loaded, ILogger<GuardHeadStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        EmbeddingsLog.HeadLoaded(logger, loaded.Head.Version, loaded.Head.Encoder, loaded.Sha256, loaded.Head.Threshold);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

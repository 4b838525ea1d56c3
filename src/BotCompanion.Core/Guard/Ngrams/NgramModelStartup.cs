using Microsoft.Extensions.Hosting;

namespace BotCompanion.Core.Guard.Ngrams;

/// <summary>Logs which guard model is in use (version, SHA-256, threshold) once at start-up.</summary>
internal sealed partial class NgramModelStartup(LoadedNgramModel loaded, ILogger<NgramModelStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Loaded(logger, loaded.Model.Version, loaded.Sha256, loaded.Model.Threshold);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(1400, LogLevel.Information, "Guard classifier {Version} (hashed n-grams) loaded: SHA-256 {Sha256}, threshold {Threshold}", EventName = "GuardModelLoaded")]
    private static partial void Loaded(ILogger logger, string version, string sha256, double threshold);
}

internal sealed record LoadedNgramModel(NgramModel Model, string Sha256);

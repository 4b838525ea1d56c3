using Microsoft.Extensions.Hosting;

namespace BotCompanion.Core.Prompts;

/// <summary>Loads the prompt packs before the host serves anything, so a broken pack stops start-up with its problems listed.</summary>
internal sealed class PromptPackStartup(PromptPackProvider provider) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = provider.GetPack();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

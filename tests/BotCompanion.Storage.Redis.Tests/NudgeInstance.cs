using Microsoft.Extensions.Hosting;

namespace BotCompanion.Storage.Redis.Tests;

/// <summary>One bot instance as the host wires it (core + Redis storage, <see cref="NudgeBed.Services"/>), with only its nudge scheduler running.</summary>
internal sealed class NudgeInstance : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public NudgeInstance(string keyPrefix, IProactiveSender sender, TimeSpan? lease = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Redis:Configuration"] = RedisFixture.Configuration,
            ["Storage:KeyPrefix"] = keyPrefix,
            ["Prompts:Path"] = RepoPaths.Prompts,
            ["Prompts:ReloadOnChange"] = "false",
            ["Nudges:PollInterval"] = "00:00:00.010",
            ["Nudges:PollJitter"] = "00:00:00.010",
            ["Nudges:BatchSize"] = "25",
            ["Nudges:Lease"] = (lease ?? TimeSpan.FromSeconds(10)).ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        };
        _services = NudgeBed.Services(settings, sender);
        Scheduler = _services.GetServices<IHostedService>().OfType<NudgeScheduler>().Single();
    }

    public NudgeScheduler Scheduler { get; }

    public IServiceProvider Services => _services;

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}

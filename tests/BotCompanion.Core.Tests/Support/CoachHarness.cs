using BotCompanion.Core.Nudges;
using BotCompanion.Core.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace BotCompanion.Core.Tests.Support;

/// <summary>
/// The real core (engine, packs from the repo's prompts/, offline coach, in-memory store) with a fake clock:
/// <c>await coach.SendAsync("hi")</c> returns what the person would see.
/// </summary>
internal sealed class CoachHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private int _sequence;

    public CoachHarness(Action<IServiceCollection>? configure = null, Dictionary<string, string?>? settings = null, string timeZone = "Europe/London")
    {
        TimeZone = timeZone;
        var values = new Dictionary<string, string?>
        {
            ["Prompts:Path"] = RepoPaths.Prompts,
            ["Prompts:ReloadOnChange"] = "false",
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var config = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(config);
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<TimeProvider>(Time);
        services.AddBotCompanionCore();
        Sender.Clock = Time;
        services.AddSingleton<IProactiveSender>(Sender);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public FakeTimeProvider Time { get; } = new(TestClock.Now);

    public RecordingLoggerProvider Logs { get; } = new();

    public RecordingSender Sender { get; } = new();

    public string LogText => string.Join("\n", Logs.Entries.Select(e => $"{e.Level} {e.Event.Name}: {e.Message}"));

    public NudgeScheduler Scheduler => _services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<NudgeScheduler>().Single();

    /// <summary>Moves the clock in 15-minute steps, polling the scheduler at each, as the running scheduler would.</summary>
    public async Task AdvanceAndPollAsync(TimeSpan by)
    {
        var end = Time.GetUtcNow() + by;
        while (Time.GetUtcNow() < end)
        {
            var step = end - Time.GetUtcNow();
            Time.Advance(step < TimeSpan.FromMinutes(15) ? step : TimeSpan.FromMinutes(15));
            while (await Scheduler.RunOnceAsync(CancellationToken.None) > 0)
            {
            }
        }
    }

    public string? TimeZone { get; set; }

    public string ConversationId { get; set; } = "exec-1";

    /// <summary>The locale the channel reports with each message ("es-ES"), or none.</summary>
    public string? Locale { get; set; }

    public string? TenantId { get; set; }

    public IServiceProvider Services => _services;

    public IStateStore Store => _services.GetRequiredService<IStateStore>();

    public async Task<TurnResult> SendAsync(string text)
    {
        var message = new IncomingMessage
        {
            Conversation = new ConversationKey("test", ConversationId),
            UserId = "user-" + ConversationId,
            Text = text,
            Timestamp = Time.GetUtcNow(),
            TimeZone = TimeZone,
            Locale = Locale,
            TenantId = TenantId,
            MessageId = "m" + Interlocked.Increment(ref _sequence),
        };
        var result = await _services.GetRequiredService<TurnProcessor>().ProcessAsync(message, CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(1));
        return result;
    }

    public async Task<string> SayAsync(string text) => string.Join("\n", (await SendAsync(text)).Replies.Select(r => r.Text));

    /// <summary>Says each text in turn, as a scripted stretch of conversation whose replies the test does not look at.</summary>
    public async Task SayAllAsync(params string[] texts)
    {
        foreach (var text in texts)
        {
            await SayAsync(text);
        }
    }

    /// <summary>Asks to be forgotten and confirms it, as a person erasing everything would.</summary>
    public Task ForgetAsync() => SayAllAsync("/forget", "yes, forget me");

    public async Task<ConversationState> StateAsync()
    {
        var doc = await Store.GetAsync(StateKeys.Conversation(new ConversationKey("test", ConversationId)), CancellationToken.None);
        return doc is null ? new ConversationState() : System.Text.Json.JsonSerializer.Deserialize<ConversationState>(doc.Json, StateJson.Options)!;
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}

using BotCompanion.Core;
using BotCompanion.Core.Messages;
using BotCompanion.Core.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace BotCompanion.Ai.Tests.Support;

/// <summary>The coaching core wired as the host wires it, with the model settings under test.</summary>
internal sealed class ModelHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private int _sequence;

    public ModelHarness(Dictionary<string, string?> ai)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Prompts:Path"] = RepoPaths.Prompts,
            ["Prompts:ReloadOnChange"] = "false",
            ["Ai:RetryBaseDelay"] = "00:00:00.010",
        }.Concat(ai)).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(config);
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        services.AddBotCompanionCore();
        services.AddBotCompanionModels(config);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public RecordingLoggerProvider Logs { get; } = new();

    public IServiceProvider Services => _services;

    public static ModelHarness OpenAi(OpenAiStub stub, params (string Key, string Value)[] extra) =>
        new(stub.Settings().Concat(extra.Select(e => new KeyValuePair<string, string?>(e.Key, e.Value))).ToDictionary());

    /// <summary>Validates options as host start-up would.</summary>
    public AiOptions Options => _services.GetRequiredService<IOptions<AiOptions>>().Value;

    public async Task<IReadOnlyList<OutgoingReply>> SendAsync(string text, string conversation = "exec-1")
    {
        var message = new IncomingMessage
        {
            Conversation = new ConversationKey("test", conversation),
            UserId = "user-" + conversation,
            Text = text,
            Timestamp = DateTimeOffset.UtcNow,
            TimeZone = "Europe/London",
            MessageId = "m" + Interlocked.Increment(ref _sequence),
        };
        var result = await _services.GetRequiredService<TurnProcessor>().ProcessAsync(message, CancellationToken.None);
        return result.Replies;
    }

    public bool Logged(string eventName) => Logs.Entries.Any(e => e.Event.Name == eventName);

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}

namespace BotCompanion.Web.Tests.Support;

/// <summary>The host with the Gateway on, a REST stub pointing it at a fake Gateway, and its log lines recorded.</summary>
internal sealed class DiscordGatewayBed : IAsyncDisposable
{
    private DiscordGatewayBed(DiscordRestStub rest, FakeGateway gateway, BotHost host, RecordingLoggerProvider logs) =>
        (Rest, Gateway, Host, Logs) = (rest, gateway, host, logs);

    public DiscordRestStub Rest { get; }

    public FakeGateway Gateway { get; }

    public BotHost Host { get; }

    public RecordingLoggerProvider Logs { get; }

    public static async Task<DiscordGatewayBed> StartAsync(Action<IServiceCollection>? services = null)
    {
        var rest = await DiscordRestStub.StartAsync();
        var gateway = await FakeGateway.StartAsync();
        rest.GatewayUrl = gateway.Url;
        var logs = new RecordingLoggerProvider();
        var host = new BotHost(
            new()
            {
                ["Channels:Discord:BotToken"] = "test-bot-token",
                ["Channels:Discord:ApiBaseUrl"] = rest.ApiBaseUrl.ToString(),
                // Typing at once, however fast the reply: these tests read the indicator as the sign a message was taken up.
                ["Turns:TypingGrace"] = "00:00:00",
            },
            s =>
            {
                s.AddSingleton<ILoggerProvider>(logs);
                services?.Invoke(s);
            });
        return new DiscordGatewayBed(rest, gateway, host, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        await Gateway.DisposeAsync();
        await Rest.DisposeAsync();
    }
}

namespace BotCompanion.Web.Tests.Operations;

/// <summary>At the shipped log levels an ordinary coaching turn writes nothing: no library chatter, no per-turn line.</summary>
public sealed class LoggingDefaultsTests : IAsyncLifetime
{
    private readonly RecordingLoggerProvider _logs = new();
    private ConnectorStub _connector = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await ConnectorStub.StartAsync();
        _host = new BotHost(services: s => s.AddSingleton<ILoggerProvider>(_logs), environment: "Production");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task ACoachingTurnAtTheDefaultLevels_WritesNoInformationLine()
    {
        using var client = _host.NewClient();
        // The first turn of a running host: whatever start-up still writes is not the turn's.
        await client.PostAsync("/api/messages", Activities.Json(Activities.Message(_connector.ServiceUrl, "Hello", id: "log-1")));
        await AnsweredAsync("log-1");
        _logs.Entries.Clear();

        await client.PostAsync("/api/messages", Activities.Json(Activities.Message(_connector.ServiceUrl, "I keep putting off a hard conversation with my manager.", id: "log-2")));
        await AnsweredAsync("log-2");
        await Task.Delay(300);

        var lines = _logs.Entries.Where(e => e.Level >= LogLevel.Information).Select(e => $"{e.Level} {e.Event.Name}: {e.Message}").ToList();
        Assert.True(lines.Count == 0, string.Join(Environment.NewLine, lines));
    }

    private async Task AnsweredAsync(string id)
    {
        ConnectorStub.Received reply;
        do
        {
            reply = await _connector.NextMessageAsync();
        }
        while (!(reply.Activity.GetProperty("replyToId").GetString() == id && reply.Text.EndsWith('?')));
    }
}

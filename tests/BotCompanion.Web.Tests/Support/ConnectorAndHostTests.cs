namespace BotCompanion.Web.Tests.Support;

/// <summary>Tests against a bot host whose Teams replies go to a fresh connector stub, started and stopped around each test.</summary>
public abstract class ConnectorAndHostTests : IAsyncLifetime
{
    protected ConnectorStub Connector { get; private set; } = null!;

    /// <summary>The bot under test; a test may swap it for one with other settings (disposing the first).</summary>
    protected BotHost Bot { get; set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await ConnectorStub.StartAsync();
        Bot = new BotHost();
    }

    public async Task DisposeAsync()
    {
        Bot.Dispose();
        await Connector.DisposeAsync();
    }
}

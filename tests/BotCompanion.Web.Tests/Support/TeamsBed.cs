namespace BotCompanion.Web.Tests.Support;

/// <summary>The host on a real port with a Bot Connector stub for its replies: the usual Teams test arrangement.</summary>
public sealed class TeamsBed : IAsyncDisposable
{
    private TeamsBed(ConnectorStub connector, BotHost host) => (Connector, Host) = (connector, host);

    public ConnectorStub Connector { get; }

    public BotHost Host { get; }

    public static async Task<TeamsBed> StartAsync(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var connector = await ConnectorStub.StartAsync();
        return new TeamsBed(connector, new BotHost(settings, services));
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }
}

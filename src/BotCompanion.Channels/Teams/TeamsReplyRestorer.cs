namespace BotCompanion.Channels.Teams;

internal sealed class TeamsReplyRestorer(ConnectorClient connector, ServiceUrlTrust trust) : IReplyChannelRestorer
{
    public string Kind => TeamsReplyChannel.Kind;

    public IReplyChannel Restore(string json)
    {
        var inbound = JsonSerializer.Deserialize<Activity>(json, ConnectorClient.Json)
            ?? throw new JsonException("A Teams reply address was null.");
        if (!Uri.TryCreate(inbound.ServiceUrl, UriKind.Absolute, out var serviceUrl) || inbound.Conversation?.Id is null)
        {
            throw new JsonException("A Teams reply address has no serviceUrl or conversation.");
        }

        // Only activities that passed authentication are journaled, so their serviceUrl is trusted as when they arrived.
        trust.Learn(serviceUrl);
        return new TeamsReplyChannel(connector, inbound);
    }
}

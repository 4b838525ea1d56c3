using BotCompanion.Channels.Turns;
using BotCompanion.Core.Conversations;

namespace BotCompanion.Channels.Teams;

/// <summary>Sends one turn's replies back into the Teams (Bot Framework) conversation it came from.</summary>
internal sealed class TeamsReplyChannel(ConnectorClient connector, Activity inbound) : IReplyChannel
{
    private readonly Uri _serviceUrl = new(inbound.ServiceUrl!);

    public async Task SendTypingAsync(CancellationToken cancellationToken)
    {
        try
        {
            var typing = new Activity { Type = ActivityTypes.Typing, From = inbound.Recipient, Recipient = inbound.From, Conversation = inbound.Conversation };
            await connector.SendAsync(_serviceUrl, inbound.Conversation!.Id!, null, typing, cancellationToken);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            // A missing typing indicator is cosmetic; the reply itself is still attempted (and its failure logged).
        }
    }

    public async Task SendAsync(IReadOnlyList<OutgoingReply> replies, CancellationToken cancellationToken)
    {
        foreach (var activity in replies.SelectMany(r => OutgoingActivities.Messages(r, inbound.Recipient, inbound.From, inbound.Conversation!)))
        {
            activity.ReplyToId = inbound.Id;
            await connector.SendAsync(_serviceUrl, inbound.Conversation!.Id!, inbound.Id, activity, cancellationToken);
        }
    }
}

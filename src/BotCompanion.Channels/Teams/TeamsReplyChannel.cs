using System.Text.Json;
using BotCompanion.Channels.Turns;
using BotCompanion.Core.Conversations;

namespace BotCompanion.Channels.Teams;

/// <summary>Sends one turn's replies back into the Teams (Bot Framework) conversation it came from.</summary>
internal sealed class TeamsReplyChannel(ConnectorClient connector, Activity inbound) : IReplyChannel
{
    private static readonly JsonElement AiLabel = JsonSerializer.SerializeToElement(new Dictionary<string, object>
    {
        ["type"] = "https://schema.org/Message",
        ["@type"] = "Message",
        ["@context"] = "https://schema.org",
        ["additionalType"] = new[] { "AIGeneratedContent" },
    });

    private readonly Uri _serviceUrl = new(inbound.ServiceUrl!);

    public async Task SendTypingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await connector.SendAsync(_serviceUrl, inbound.Conversation!.Id!, null, NewActivity(ActivityTypes.Typing), cancellationToken);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            // A missing typing indicator is cosmetic; the reply itself is still attempted (and its failure logged).
        }
    }

    public async Task SendAsync(IReadOnlyList<OutgoingReply> replies, CancellationToken cancellationToken)
    {
        foreach (var reply in replies)
        {
            var activity = NewActivity(ActivityTypes.Message);
            activity.Text = reply.Text;
            activity.TextFormat = "markdown";
            activity.ReplyToId = inbound.Id;
            activity.Entities = [AiLabel];
            if (reply.SuggestedActions.Count > 0)
            {
                activity.SuggestedActions = new SuggestedActions([.. reply.SuggestedActions.Select(a => new CardAction("imBack", a, a))]);
            }

            await connector.SendAsync(_serviceUrl, inbound.Conversation!.Id!, inbound.Id, activity, cancellationToken);
        }
    }

    private Activity NewActivity(string type) => new()
    {
        Type = type,
        From = inbound.Recipient,
        Recipient = inbound.From,
        Conversation = inbound.Conversation,
        ServiceUrl = inbound.ServiceUrl,
        ChannelId = inbound.ChannelId,
    };
}

using System.Text.Json;
using BotCompanion.Core.Conversations;

namespace BotCompanion.Channels.Teams;

/// <summary>The message activities the bot posts: labelled as AI-generated, quick replies as buttons.</summary>
internal static class OutgoingActivities
{
    private static readonly JsonElement AiLabel = JsonSerializer.SerializeToElement(new Dictionary<string, object>
    {
        ["type"] = "https://schema.org/Message",
        ["@type"] = "Message",
        ["@context"] = "https://schema.org",
        ["additionalType"] = new[] { "AIGeneratedContent" },
    });

    public static Activity Message(OutgoingReply reply, ChannelAccount? bot, ChannelAccount? user, ConversationAccount conversation)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            From = bot,
            Recipient = user,
            Conversation = conversation,
            Text = reply.Text,
            TextFormat = "markdown",
            Entities = [AiLabel],
        };
        if (AdaptiveCards.Needed(reply))
        {
            // The card carries the text and its buttons; repeating the text outside it would show it twice.
            activity.Text = null;
            activity.TextFormat = null;
            activity.Attachments = [AdaptiveCards.Attachment([reply])];
        }

        return activity;
    }
}

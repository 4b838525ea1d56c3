namespace BotCompanion.Channels.Teams;

/// <summary>The message activities the bot posts: labelled as AI-generated, quick replies as buttons.</summary>
internal static class OutgoingActivities
{
    /// <summary>
    /// Teams accepts about 28 KB per message including the JSON around the text; 7,000 characters of markdown stay
    /// well inside it even when every character is escaped.
    /// </summary>
    internal const int MaxTextChars = 7000;

    /// <summary>One reply as the messages it takes: long text split cleanly, a card as a single message.</summary>
    public static IEnumerable<Activity> Messages(OutgoingReply reply, ChannelAccount? bot, ChannelAccount? user, ConversationAccount conversation) =>
        AdaptiveCards.Needed(reply)
            ? [Message(reply, bot, user, conversation)]
            : TextSplitter.Split(reply.Text, MaxTextChars).Select(part => Message(reply with { Text = part }, bot, user, conversation));

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

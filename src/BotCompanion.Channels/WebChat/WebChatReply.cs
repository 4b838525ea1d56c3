namespace BotCompanion.Channels.WebChat;

public sealed record WebChatReply(string Text, string Mode, IReadOnlyList<string> SuggestedActions)
{
    public static WebChatReply From(OutgoingReply reply) =>
        new(reply.Text, reply.Mode == ReplyMode.Mentor ? "mentor" : "coaching", reply.SuggestedActions);
}

namespace BotCompanion.Channels.WebChat;

public sealed record WebChatResponse(IReadOnlyList<WebChatReply> Replies);

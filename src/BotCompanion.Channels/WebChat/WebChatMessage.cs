using System.ComponentModel.DataAnnotations;

namespace BotCompanion.Channels.WebChat;

public sealed record WebChatMessage([property: Required] string ConversationId, string? Text, string? TimeZone = null, string? MessageId = null);

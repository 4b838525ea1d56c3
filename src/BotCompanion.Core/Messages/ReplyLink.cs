namespace BotCompanion.Core.Messages;

/// <summary>A link button: its title and the absolute address it opens.</summary>
public sealed record ReplyLink(string Title, Uri Url);

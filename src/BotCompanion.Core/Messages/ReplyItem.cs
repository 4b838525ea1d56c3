namespace BotCompanion.Core.Messages;

/// <summary>One entry of a reply that a channel may show with buttons of its own (a commitment in a list).</summary>
public sealed record ReplyItem(string Text, IReadOnlyList<ReplyChoice> Choices);

namespace BotCompanion.Channels.Turns;

/// <summary>
/// Where a turn's replies go, in a form that outlives the process: the <see cref="Kind"/> names the
/// <see cref="IReplyChannelRestorer"/> that turns <see cref="Json"/> back into an <see cref="IReplyChannel"/>.
/// </summary>
public sealed record ReplyAddress(string Kind, string Json);

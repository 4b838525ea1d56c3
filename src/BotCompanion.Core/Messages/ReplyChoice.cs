namespace BotCompanion.Core.Messages;

/// <summary>
/// A button: its title, and the text pressing it sends, as if typed. With <see cref="InputLabel"/> the channel asks for
/// a value first (a new date) and sends <see cref="Send"/>, a space and the value.
/// </summary>
public sealed record ReplyChoice(string Title, string Send, string? InputLabel = null);

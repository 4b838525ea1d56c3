namespace BotCompanion.Core.Messages;

/// <summary>One message the bot sends back, with the mode it was produced in.</summary>
public sealed record OutgoingReply(string Text, ReplyMode Mode = ReplyMode.Coaching)
{
    /// <summary>Quick replies a channel may render as buttons; typing the same text works everywhere.</summary>
    public IReadOnlyList<string> SuggestedActions { get; init; } = [];

    /// <summary>Entries a channel may render with their own buttons; the text already lists them for channels that can't.</summary>
    public IReadOnlyList<ReplyItem> Items { get; init; } = [];

    /// <summary>A web page a channel may offer as a link button (the coach portal); the text stands without it.</summary>
    public ReplyLink? Link { get; init; }
}

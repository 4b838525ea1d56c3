namespace BotCompanion.Core.Guard;

/// <summary>One sentence (or clause between semicolons) of a reply, with typographic apostrophes made plain.</summary>
internal sealed record GuardSentence(string Text)
{
    public bool IsQuestion { get; } = Text.TrimEnd().EndsWith('?');

    public static GuardSentence From(string text) => new(text.Trim().Replace('\u2019', '\'').Replace('\u2018', '\''));
}

namespace BotCompanion.Core.Conversation.Reflections;

/// <summary>One reflection and whether it is complex (a feeling, fear, value or ambivalence named, not just their words).</summary>
internal sealed record Reflection(string Text, bool Complex)
{
    /// <summary>
    /// A feeling guessed from a short message that was all situation: the words it rests on were just said, so the
    /// reflection carries them though it is short.
    /// </summary>
    public bool RestsOnWhatTheyJustSaid { get; init; }
}

namespace BotCompanion.Core.Conversation.Reflections;

/// <summary>One reflection and whether it is complex (a feeling, fear, value or ambivalence named, not just their words).</summary>
internal sealed record Reflection(string Text, bool Complex);

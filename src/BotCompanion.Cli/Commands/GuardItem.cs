namespace BotCompanion.Cli.Commands;

/// <summary>One labelled utterance for training or measuring the guard.</summary>
internal sealed record GuardItem(string Text, bool IsAdvice, string Family, string Lang, string Split, string Source)
{
    /// <summary>Reflections and questions: where a false alarm costs most (MIBot R and Q; the team's question and reflection families).</summary>
    public bool IsReflectionOrQuestion => Family is "R" or "Q" or "open_question" or "closed_question" or "simple_reflection" or "complex_reflection" or "reflection";
}

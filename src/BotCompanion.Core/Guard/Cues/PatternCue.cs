namespace BotCompanion.Core.Guard.Cues;

/// <summary>
/// A cue family that is one pattern: it matches when the pattern does, and with <paramref name="statementsOnly"/>
/// only in sentences that are not questions. Its name is the family's type name.
/// </summary>
internal abstract class PatternCue(double weight, Regex pattern, bool statementsOnly = false) : ICue
{
    public string Name => GetType().Name;

    public double Weight { get; } = weight;

    public bool Matches(GuardSentence sentence) => !(statementsOnly && sentence.IsQuestion) && pattern.IsMatch(sentence.Text);
}

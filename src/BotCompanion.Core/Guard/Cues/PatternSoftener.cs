namespace BotCompanion.Core.Guard.Cues;

/// <summary>A softening frame that is one pattern and applies to every cue; its name is the frame's type name.</summary>
internal abstract class PatternSoftener(Regex pattern) : ISoftener
{
    public string Name => GetType().Name;

    public bool Applies(GuardSentence sentence, ICue cue) => pattern.IsMatch(sentence.Text);
}

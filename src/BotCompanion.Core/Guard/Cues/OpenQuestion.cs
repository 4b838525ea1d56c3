namespace BotCompanion.Core.Guard.Cues;

/// <summary>Asking for their ideas ("What could you try?", "How might you…?"), unless the question itself carries the advice or the persuasion ("What have you got to lose by…?").</summary>
internal sealed partial class OpenQuestion : ISoftener
{
    public string Name => nameof(OpenQuestion);

    public bool Applies(GuardSentence sentence, ICue cue) => sentence.IsQuestion && cue is not (LeadingQuestion or Persuading) && Pattern().IsMatch(sentence.Text);

    [GeneratedRegex(@"^\s*(and\s+|so\s+)?(what|how|which|who|when|where|in\s+what\s+way|to\s+what\s+extent|is\s+there|are\s+there|do\s+any|does\s+any|do\s+you|did\s+you|any|does\s+(that|this|it)|is\s+(that|this|it|there)|would\s+(that|this|it)|are\s+you|could\s+(that|this|it))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

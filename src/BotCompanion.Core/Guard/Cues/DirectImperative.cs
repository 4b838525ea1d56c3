namespace BotCompanion.Core.Guard.Cues;

/// <summary>A statement that opens with a command ("Try blocking two hours…", "Identify triggers: consider…", "Just tell him").</summary>
internal sealed partial class DirectImperative : ICue
{
    public string Name => nameof(DirectImperative);

    public double Weight => 0.8;

    public bool Matches(GuardSentence sentence) =>
        JustDoIt().IsMatch(sentence.Text) || (!sentence.IsQuestion && Imperative().IsMatch(sentence.Text) && !Invitation().IsMatch(sentence.Text));

    [GeneratedRegex(@"\bjust\s+(fire|tell|do|go|say|quit|stop|delegate|hire|cut|ask|drop)\b(?!\s+me\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JustDoIt();

    // Optional list number and "Heading:" then an imperative verb, unless the verb is the subject of a statement ("Planning seems…").
    [GeneratedRegex(@"^\s*(\d+[.)]\s*)?([\w' -]{1,40}:\s*)?(please\s+)?(?!take\s+care\b)(be\s+(kind|patient|gentle|proactive|consistent|mindful|open|clear|honest|firm|direct)|try|consider|notice|identify|make|take|set|start|stop|avoid|focus|remember(?!,)|keep|talk|write|schedule|block|delegate|prioriti[sz]e|reach\s+out|limit|cut|replace|swap|substitute|use|get|find|give|practi[cs]e|don't|do\s+not|never|always|go|plan|list|book|call|email|prepare|reduce|quit|switch|join|seek|speak|share|reward|treat|drink|eat|exercise|breathe|inhale|exhale|create|build|allow|lean|hold|put|pick|choose|agree|say|send|ask\s+(him|her|them|your|for)|tell\s+(him|her|them|your)|let\s+(go|them|him|her)|learn|read|watch|track|note|jot|commit|stick|check|look\s+for|incorporate|engage|aim|celebrate|carry|chew|remind\s+yourself|think\s+about\s+(how|ways|setting|using|trying|\w+ing))\b(?!\s+(seems|is|was|has|can|could|might|may|sounds|helps|helped|are|were|tends|often))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Imperative();

    [GeneratedRegex(@"^\s*((tell|send|give|show|ask)\s+me|take\s+a\s+moment\s+to\s+(think|reflect|notice)|think\s+(back|of\s+a\s+time)|imagine|picture|let's|feel\s+free|keep\s+in\s+mind\s+that\s+you)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Invitation();
}

namespace BotCompanion.Core.Guard.Cues;

/// <summary>A modal aimed at the person: "you should", "you need to", "you could try", "you could choose a time to…", "you might want to".</summary>
internal sealed partial class ModalAdvice : ICue
{
    public string Name => nameof(ModalAdvice);

    public double Weight => 0.85;

    public bool Matches(GuardSentence sentence) => Obligation().IsMatch(sentence.Text) || Option().IsMatch(sentence.Text);

    // Not when it is their thought being reported: "you feel you should…", "because you have to…".
    [GeneratedRegex(@"\b((?<!\b(find|feel|felt|said|say|think|thought|mentioned|realize|realized|know|knew|believe|because|that|wonder|wondering|worry|worried|anytime|whenever|if|when|what|where|as|everything|anything|whatever)\s+)you\s+(really\s+|definitely\s+|probably\s+)?(should|ought\s+to|must|need\s+to|have\s+to|had\s+better|'d\s+better|'d\s+do\s+well\s+to|'d\s+be\s+better\s+off)|you'd\s+better)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Obligation();

    [GeneratedRegex(@"\b((?<!\b(step|steps|things|ways|changes|what|anything|something|whatever|options|ideas|activities|interests|people|groups|friends|someone|anyone|who|that|which|how|where|when|whether|if)\s+)you\s+(could|might|may|can)\s+(also\s+|always\s+|perhaps\s+|even\s+|then\s+|just\s+|still\s+)?(try|consider|start\s+(by|with)|set\s+(a|up|yourself)|use\s+(a|an|the|some)|plan\s+to|switch|think\s+about\s+(ways|setting|using|trying|how\s+to)|look\s+(into|at\s+(ways|some))|experiment|reduce|replace|swap|substitute|cut\s+(back|down)|begin\s+(by|with)|schedule|book|practi[cs]e|reward|lean\s+on|track|jot|write\s+(down|a|it)|limit|avoid|delegate|block|remind\s+yourself|carry|chew|keep\s+(a|track)|make\s+(a\s+(list|plan|point)|sure|time)|explore\s+(some|a|ways|options)|talk\s+to|reach\s+out|join|spend|focus\s+on|give\s+(yourself|it)|find\s+(a|some|ways|activities)|build\s+in|choose\s+(a|one|some)\s+(\w+\s+)?(time|day|moment|slot|evening|morning)|pick\s+(a|one)\s+(\w+\s+)?(time|day|moment|slot|evening|morning)|set\s+aside|opt\s+for|go\s+for|incorporate|engage|have\s+(a|an|some|open|regular|honest|another|one)\s+(\w+\s+)?(conversations?|chats?|words?|talks?|look|go|meeting|call|session|break))|(?<!\b(step|steps|things|ways|changes|what|anything|something|whatever|options|ideas|activities|interests|people|groups|friends|someone|anyone|who|that|which|how|where|when|whether|if)\s+)you\s+(might|may)\s+(want|wish|like)\s+to\s+(try|consider|start|think\s+about|look\s+into|set|use|write|keep|make|take|plan|talk|reach|focus|speak|ask|tell|explore|avoid|limit|block)|you\s+might\s+find\s+it\s+(helpful|useful|beneficial|worthwhile|valuable)|you'll\s+want\s+to)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Option();
}

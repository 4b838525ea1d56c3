namespace BotCompanion.Core.Guard.Cues;

/// <summary>A suggestion softened into a possibility: "perhaps starting with…", "maybe try…", "one option could be…", "it might help to…".</summary>
internal sealed partial class HedgedSuggestion : ICue
{
    public string Name => nameof(HedgedSuggestion);

    public double Weight => 0.7;

    public bool Matches(GuardSentence sentence) => Hedge().IsMatch(sentence.Text) || (!sentence.IsQuestion && MightHelp().IsMatch(sentence.Text));

    [GeneratedRegex(@"\b((perhaps|maybe)\s+you\s+(could|might|can|may)(?!\s+(share|tell|describe|say|walk\s+me|explain|help\s+me))|\b(perhaps|maybe)\s+(just\s+)?(try|start|consider|begin|set|use|take|give|make|write|talk|ask|keep|pick|block|plan|put)\b|^\s*((so|and|or),?\s+)?(perhaps|maybe)\s+\w+ing\b|,\s*(perhaps|maybe)\s+(try|start|consider|begin|set|us|tak|replac|swapp|cutt|block|writ|keep|mak)ing\b|(perhaps|maybe)\s+there's\s+a\s+way\s+to|one\s+(option|idea|approach|way|possible\s+(first\s+)?step|potential\s+(first\s+)?step|strategy|thing\s+you\s+could|small\s+step|place\s+to\s+start)\s+(is|would\s+be|could\s+be|might\s+be|to|may\s+be|can\s+be)|another\s+(option|idea|approach|way|strategy|possibility)\s+(is|would|could|might|may|to)|\bone\s+possibility|(can|could|might|may|would)\s+be\s+(a\s+)?(really\s+|very\s+)?(helpful|useful|handy|beneficial|worthwhile|effective|comforting|valuable|good\s+(idea|way|start|first\s+step|option))|worth\s+(trying|considering|a\s+try|exploring|a\s+shot)|a\s+good\s+idea\s+to|here\s+are\s+(some|a\s+few)\s+(tips|ideas|strategies|suggestions|options|steps)|i\s+can\s+(share|offer|give\s+you)\s+(some|a\s+few)\s+(tips|ideas|strategies|suggestions)|(some|a\s+few)\s+(tips|strategies|ideas|techniques|options|steps|resources)\s+(that|which)\s+(might|could|may|can)\s+(help|work|suit)|we\s+(can|could)\s+(also\s+)?(look\s+at|look\s+into|explore|talk\s+about|consider|discuss|go\s+over)\s+(some\s+|a\s+few\s+)?([\w,-]+\s+){0,3}(strategies|tips|techniques|resources|(steps|changes)\s+(you\s+(can|could|might)|that\s+(might|could|can)\s+(fit|work|help))))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hedge();

    [GeneratedRegex(@"(?<!\b(thinking|thought|felt|feel|feeling|said|hoping|hoped|that|sure)\s+)\bit\s+(might|may|could|can|would)\s+(also\s+|really\s+)?(help|be\s+(helpful|useful|worth|a\s+good))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MightHelp();
}

namespace BotCompanion.Core.Guard.Cues;

/// <summary>
/// Advice dressed as a rule of thumb: "It's usually best to…", "You're better off …ing", "You'd be well advised to…",
/// "You may want to…", "The trick is to…", "The safest route is…", "What usually helps is…", "It pays to…",
/// "This can help with…". ("You're better off than a year ago" compares, it does not steer: an action must follow.)
/// </summary>
internal sealed partial class RuleOfThumb : ICue
{
    public string Name => nameof(RuleOfThumb);

    public double Weight => 0.7;

    public bool Matches(GuardSentence sentence) => !sentence.IsQuestion && (GeneralRule().IsMatch(sentence.Text) || BetterOff().IsMatch(sentence.Text) || HelpsWith().IsMatch(sentence.Text));

    [GeneratedRegex(@"\b((it's|it\s+is|it'd\s+be|it\s+would\s+be)\s+(usually|generally|often|normally|typically|probably|always|almost\s+always)\s+(best|better|wiser|wise|kinder|smarter|smart|safest|safer|easier)\s+to|(it's|it\s+is)\s+(best|wiser|smarter|safest)\s+to|it\s+(might|may|could|would)\s+be\s+(smart|wise|sensible|prudent|kind|good)\s+to|(^|,\s*)you\s+(may|might)\s+(well\s+)?want\s+to|ideally,?\s+you('d|\s+would|\s+should)|i'd\s+be\s+inclined\s+to|it\s+(always\s+|usually\s+|often\s+)?pays\s+to|there's\s+a\s+lot\s+to\s+be\s+said\s+for|the\s+(trick|key|secret)\s+is\s+to|the\s+(safest|simplest|quickest|easiest|smartest|surest)\s+(route|fix|option|way|win|move|thing|bet)\b[^.?!]{0,15}\b(is|would\s+be)|^\s*(perhaps|maybe),?\s+we\s+(can|could)\s+(look\s+into|try)\b|(what|something\s+that|one\s+thing\s+that)\s+(usually\s+|often\s+|generally\s+|really\s+|tends\s+to\s+)?helps?\s+(is|are))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GeneralRule();

    [GeneratedRegex(@"\byou('re|\s+are|'d\s+be|\s+would\s+be|'ll\s+be|\s+will\s+be)\s+(probably\s+|often\s+|usually\s+|generally\s+|likely\s+|much\s+|far\s+)?(better\s+off|better\s+served|well\s+advised)\s+(\w+ing\b|to\b|with\b|by\b|if\b|not\b)|\byou'd\s+(probably\s+|likely\s+)(do|get|fare)\s+(much\s+|far\s+)?better\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BetterOff();

    [GeneratedRegex(@"^\s*(and\s+|also,?\s+)?(this|that)\s+(can|could|may|might|will|tends\s+to)\s+(really\s+|also\s+)?help\s+with\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HelpsWith();
}

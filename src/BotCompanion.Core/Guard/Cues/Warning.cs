namespace BotCompanion.Core.Guard.Cues;

/// <summary>A warning of consequences: "you need to be careful", "otherwise you'll…", "if you don't…, you'll…", "unless you…, the merger will get out of hand".</summary>
internal sealed partial class Warning() : PatternCue(0.8, Pattern())
{
    [GeneratedRegex(@"\b(be\s+careful|careful\s+not\s+to|beware|watch\s+out|otherwise\s+you('ll|\s+will|\s+might|\s+could|\s+may)|you('ll|\s+will)\s+regret|(if\s+you\s+don't|if\s+you\s+do\s+not|unless\s+you)\b[^.?!]*\b(you('ll|\s+will|\s+could|\s+might)|it('ll|\s+will))|it's\s+(dangerous|risky|unwise|a\s+mistake)\s+to|you('re|\s+are)\s+(risking|heading\s+for|setting\s+yourself\s+up)|you\s+(could|might|will|'ll)\s+(end\s+up|burn\s+out|lose\s+(everything|the|your)|damage|ruin)|\bunless\s+you\s+(?!(want|wish|feel|choose|decide|prefer|like|would\s+like|are\s+ready|think|already)\b)[^.?!]*,\s*[^.?!]*\b(will|is\s+going\s+to|are\s+going\s+to)\s+(get|become|go|fall|spiral|suffer|fail|collapse|backfire|blow|drag|stay|keep)\b|the\s+risk\s+is\s+that\s+you|you\s+can't\s+afford\s+to)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

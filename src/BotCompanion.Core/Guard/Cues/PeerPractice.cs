namespace BotCompanion.Core.Guard.Cues;

/// <summary>
/// A course of action passed off as what people like them choose: "Many leaders in your position choose to…",
/// "People facing this often…, and it pays off", "Plenty of executives say X made a real difference", "Others may
/// benefit from…". ("Many people find that hard" is normalising: a choice, a benefit or a payoff must follow.)
/// </summary>
internal sealed partial class PeerPractice() : PatternCue(0.7, Pattern(), statementsOnly: true)
{
    private const string Peers = @"\b((some|many|most|other|a\s+lot\s+of|lots\s+of|plenty\s+of|the\s+best)\s+(\w+\s+)?(people|leaders|managers|executives|founders|clients|folks|parents|colleagues|ceos|professionals|teams|smokers|coaches)|others|some|people)(\s+(in\s+(your|a\s+similar|the\s+same)\s+\w+|like\s+you|i\s+(work|worked|coach|speak|talk)\s+with|i've\s+(worked|spoken)\s+with|facing\s+[^,.?!]{1,60}|who\s+[^,.?!]{1,40}))?";

    [GeneratedRegex(Peers + @"\s+(often\s+|usually\s+|tend\s+to\s+|also\s+|may\s+|might\s+|can\s+|could\s+)?(choose\s+to|opt\s+(to|for)|decide\s+to|go\s+for|benefit\s+from|find\s+success\s+(in|with|by)|have\s+success\s+(in|with|by)|say\s+[^.?!]*\b(made|makes)\s+a\s+(real\s+|big\s+|huge\s+)?difference|[a-z]+\s+[^.?!]*,\s*and\s+it\s+(really\s+)?(pays|paid)\s+off)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

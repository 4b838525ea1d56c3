namespace BotCompanion.Core.Guard.Cues;

/// <summary>
/// An action presented by its payoff: "Keeping a log tends to pay off quickly", "With your inbox, unsubscribing from
/// newsletters usually makes things smoother", "Sometimes breaking it into steps can help overcome…".
/// </summary>
internal sealed partial class PayoffClaim() : PatternCue(0.65, Pattern(), statementsOnly: true)
{
    // The gerund opens the sentence or follows a "With …," / "Sometimes" lead-in; states and feelings are not actions.
    [GeneratedRegex(@"(^|^\s*(with|for|when\s+it\s+comes\s+to)\s+[^,.?!]{1,60},\s*|^\s*(sometimes|often|usually|additionally|in\s+general|generally|simply),?\s+)(?!(having|being|seeing|understanding|knowing|feeling|recognizing|recognising|noticing|realizing|realising|achieving|hearing|thinking|considering|learning|nothing|something|everything|anything|morning|evening|during|bring|thing|spring|ring|king|sing)\b)[a-z]+ing\b[^.?!]*?\b(tends?\s+to\s+|usually\s+|often\s+|really\s+|can\s+|will\s+|could\s+|might\s+|always\s+)?(pays?\s+off|paid\s+off|makes?\s+(things|it|life|everything|this|that|the\s+\w+)\s+(much\s+|a\s+lot\s+|far\s+)?(smoother|easier|simpler|lighter|better|calmer|more\s+manageable)|goes?\s+a\s+long\s+way|saves?\s+(you\s+)?(time|energy|stress)|is\s+(well\s+)?worth\s+it|help(s)?\s+(overcome|prevent|avoid|build|keep))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

namespace BotCompanion.Core.Guard.Cues;

/// <summary>Persuading towards a choice: "trust me", "you'll feel so much better", "there's no reason not to".</summary>
internal sealed partial class Persuading() : PatternCue(0.75, Pattern())
{
    [GeneratedRegex(@"\b(trust\s+me|believe\s+me|the\s+truth\s+is|honestly,\s+you|you\s+(owe\s+it\s+to\s+yourself|deserve\s+to\s+\w+\s+yourself)|there's\s+no\s+(reason\s+(not\s+to|to\s+wait)|excuse)|there\s+is\s+no\s+(reason\s+(not\s+to|to\s+wait)|excuse)|you\s+(won't|will\s+never)\s+regret|you('ll|\s+will)\s+(feel|be)\s+(so\s+much|much|a\s+lot|far)\s+better|it's\s+(really|definitely|totally|absolutely|well)\s+worth\s+it|what\s+have\s+you\s+got\s+to\s+lose|what\s+do\s+you\s+have\s+to\s+lose|surely\s+you|imagine\s+how\s+much\s+better|the\s+sooner\s+you\s+\w+,\s+the\s+better|now\s+is\s+the\s+(perfect\s+|best\s+|right\s+)?time\s+to)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

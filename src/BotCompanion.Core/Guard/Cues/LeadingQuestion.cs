namespace BotCompanion.Core.Guard.Cues;

/// <summary>Advice asked as a question: "have you considered…?", "why don't you…?", "what would happen if you cut back to…?".</summary>
internal sealed partial class LeadingQuestion() : PatternCue(0.85, Pattern())
{
    private const string Act = @"(just\s+|simply\s+|only\s+)?(tried|told|asked|started|stopped|made|took|gave|let|delegated|set|cut|spent|switched|replaced|reduced|limited|blocked|scheduled|said|went|wrote|picked|dropped|quit|skipped|moved|called|emailed|hired|fired|talked|spoke|turned|put|kept|used|joined|booked|treated|swapped)";

    [GeneratedRegex(@"(^\s*(so,?\s+|and\s+|but\s+)?(have\s+you\s+(ever\s+)?(considered|thought\s+(about|of)|tried|looked\s+into)(?!\s+(what|how|why|whether|if|when|where|who|which|any|anything|the\s+(reasons|pros|cons)))|would\s+you\s+consider|could\s+you\s+(try|just|perhaps|maybe|not)|can't\s+you\s+just|would\s+it\s+(help|make\s+sense|be\s+worth)\s+(you\s+)?(to|if\s+you)|isn't\s+it\s+time)|\bwhy\s+not\b|why\s+don't\s+you|what\s+if\s+you\s+" + Act + @"|what\s+if\s+you\s+(just|simply)\s+[a-z]+ed\b|what\s+would\s+happen\s+if\s+you\s+" + Act + @"|how\s+about\s+(you\s+)?\w+ing|how\s+about\s+(a|an|some)\s+\w+|what\s+about\s+\w+ing|shouldn't\s+you|don't\s+you\s+think\s+(you\s+(should|could|ought)|it\s+would|it's\s+time)|wouldn't\s+it\s+be\s+(better|good|wise|easier|worth|nice)|wouldn't\s+you\s+(feel|be)\s+better|do\s+you\s+think\s+you\s+could\s+(try|start|just|cut|stop|set))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

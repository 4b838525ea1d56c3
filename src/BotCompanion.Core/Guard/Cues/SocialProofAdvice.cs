namespace BotCompanion.Core.Guard.Cues;

/// <summary>Advice passed off as what others do: "a lot of people find that…helps", "many leaders block…", "others have found…", "many managers find it easier to…", "a lot of people find that a walk clears…".</summary>
internal sealed partial class SocialProofAdvice() : PatternCue(0.7, Pattern(), statementsOnly: true)
{
    // "Many people find that hard" is normalising, not advice: a helpful/works word or a doing verb must follow.
    [GeneratedRegex(@"\b(((some|many|most|other|a\s+lot\s+of|lots\s+of|plenty\s+of)\s+(\w+\s+)?(people|leaders|managers|executives|founders|clients|folks|parents|colleagues|ceos|professionals|others|teams|smokers)|others|people\s+in\s+your\s+(position|situation|role|shoes))\s+(often\s+|usually\s+|tend\s+to\s+|also\s+)?((find|have\s+found|found|say|discover|report)\s+(that\s+)?[^.?!]*\b(helps?|helpful|useful|works?|worked|easier|effective|beneficial|valuable|makes?\s+a\s+difference|relief)\b|(use|try|tried|swear\s+by|rely\s+on|keep|like\s+to|prefer\s+to|benefit\s+from|have\s+had\s+success|start\s+by|begin\s+by|block|schedule|set|make\s+a\s+point|get\s+a\s+lot\s+out\s+of|turn\s+to)\b)|what\s+works\s+for\s+(many|a\s+lot\s+of|most)\s+(people|leaders)|(a\s+lot\s+of|lots\s+of|many|most|plenty\s+of)\s+(\w+\s+)?(people|leaders|managers|executives|founders|ceos)\s+(\w+\s+){0,4}(find|found|have\s+found)\s+(that\s+)?(it\s+(useful|helpful|easier|worthwhile|valuable)\s+to\b|(a|an|the)?\s*[^.?!]{0,40}\b(clears?|saves?|calms?|eases?|lifts?|settles?)\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

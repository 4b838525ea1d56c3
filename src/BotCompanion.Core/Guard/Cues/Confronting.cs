namespace BotCompanion.Core.Guard.Cues;

/// <summary>Confronting or judging the person: "you're making excuses", "be honest with yourself", "you're wrong".</summary>
internal sealed partial class Confronting() : PatternCue(0.8, Pattern())
{
    [GeneratedRegex(@"\b(you('re|\s+are)\s+(wrong|making\s+excuses|kidding\s+yourself|fooling\s+yourself|in\s+denial|not\s+(really\s+)?trying|avoiding\s+the\s+(issue|problem|real)|overreacting|being\s+(unrealistic|naive|lazy|defensive|stubborn))|that's\s+(just\s+)?an\s+excuse|that's\s+not\s+(true|the\s+real\s+(problem|issue|reason))|be\s+honest\s+with\s+yourself|let's\s+be\s+honest|you\s+keep\s+(saying|making|blaming|avoiding)|you\s+can't\s+keep|you\s+know\s+(deep\s+down\s+)?(that\s+)?(this|that|it)\s+(is|isn't|won't|can't)|you\s+(clearly|obviously)\s+(need|have|are|don't)|come\s+on,)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

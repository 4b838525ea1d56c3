using System.Text.RegularExpressions;

namespace BotCompanion.Core.Conversation;

/// <summary>Recognises requests for advice or for the bot to decide, including attempts to talk it out of coaching.</summary>
public static partial class AdviceRequestDetector
{
    public static bool IsAdviceRequest(string text) => !string.IsNullOrWhiteSpace(text) && Pattern().IsMatch(text);

    [GeneratedRegex(@"\b(what\s+(should|shall|must|do\s+you\s+think)\s+i\s+(do|say|choose|pick)|what\s+do\s+you\s+(think\s+i\s+should|recommend|suggest|advise)|what\s+would\s+you\s+do|(just\s+)?tell\s+me\s+what\s+(to\s+do|i\s+should)|just\s+tell\s+me|give\s+me\s+(some\s+|your\s+)?(advice|a\s+recommendation|suggestions?|the\s+answer|tips)|any\s+(advice|tips|suggestions)|your\s+(advice|recommendation|opinion|honest\s+opinion)|should\s+i\s+\w+|which\s+(one|option)\s+should\s+i|ignore\s+(your|all|the|previous|prior)\s+(\w+\s+)?(instructions|rules|prompt)|stop\s+(asking|coaching)|no\s+more\s+questions|i\s+(want|need)\s+(advice|an?\s+answer|answers)|be\s+(my\s+)?(mentor|consultant))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

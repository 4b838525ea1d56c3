namespace BotCompanion.Core.Conversation.Understanding;

/// <summary>
/// Whether a message is written in English, which is all the offline reader understands: a message of a few words
/// passes ("ok", "Friday"), a longer one needs English function words, and more of them than of other languages'.
/// A message in another language is answered with a question, never said back in words the coach cannot read.
/// </summary>
internal static partial class EnglishMessage
{
    private const int FewWords = 3;

    public static bool IsLikely(string text)
    {
        var words = Word().Count(text);
        if (words <= FewWords)
        {
            return true;
        }

        var english = English().Count(text);
        var other = Other().Count(text);
        return english >= other && (english > 0 || (other == 0 && !NonEnglishLetter().IsMatch(text)));
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"[\p{L}-[a-zA-Z]]")]
    private static partial Regex NonEnglishLetter();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(the|you|your|to|and|of|is|it|that|what|this|a|in|for|with|be|are|do|can|could|would|how|i|i'm|me|my|we|our|he|she|they|was|have|has|not|on|at|but|so|just|want|need|will|about|don't|can't|it's)\b", Options)]
    private static partial Regex English();

    [GeneratedRegex(@"\b(el|la|los|las|que|de|en|es|para|con|por|tu|te|usted|qué|le|les|des|du|et|vous|pour|avec|est|une|un|der|die|das|und|sie|ist|zu|mit|ich|nicht|ein|eine|ihnen|ihr|com|não|um|uma|estou|você|w|z|na|się|nie|jest|bez|che|non|per|sono|het|een|niet|ik|wij|mam|mieć|chcę)\b", Options)]
    private static partial Regex Other();
}

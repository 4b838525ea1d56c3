using System.Text.RegularExpressions;

namespace BotCompanion.Core.Guard;

/// <summary>Whether a reply reads as English: more English function words than Spanish, French or German ones.</summary>
internal static partial class EnglishText
{
    public static bool IsLikely(string text) => English().Count(text) >= Other().Count(text);

    [GeneratedRegex(@"\b(the|you|your|to|and|of|is|it|that|what|this|a|in|for|with|be|are|do|can|could|would|how)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex English();

    [GeneratedRegex(@"\b(el|la|los|las|que|de|en|es|para|con|por|tu|te|usted|qué|le|les|des|du|et|vous|pour|avec|est|une|un|der|die|das|und|sie|ist|zu|mit|ich|nicht|ein|eine|ihnen|ihr)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Other();
}

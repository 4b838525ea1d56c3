using System.Text.RegularExpressions;

namespace BotCompanion.Core.Guard.Cues;

/// <summary>Asking permission to discuss options is not giving them: "Would it be alright to talk about steps…?".</summary>
internal sealed partial class PermissionRequest : ISoftener
{
    public string Name => nameof(PermissionRequest);

    public bool Applies(GuardSentence sentence, ICue cue) => sentence.IsQuestion && Pattern().IsMatch(sentence.Text);

    [GeneratedRegex(@"\b(would\s+you\s+like|would\s+it\s+be\s+(alright|all\s+right|okay|ok|helpful)|may\s+i|can\s+i|could\s+i|is\s+it\s+(okay|ok|alright)|do\s+you\s+want\s+(me\s+to|to\s+hear))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

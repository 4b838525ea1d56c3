namespace BotCompanion.Core.Guard.Cues;

/// <summary>Asking permission to discuss options is not giving them: "Would it be alright to talk about steps…?", "Would it help to explore it together…?".</summary>
internal sealed partial class PermissionRequest : ISoftener
{
    public string Name => nameof(PermissionRequest);

    public bool Applies(GuardSentence sentence, ICue cue) => sentence.IsQuestion && Pattern().IsMatch(sentence.Text);

    [GeneratedRegex(@"\b(would\s+you\s+like|would\s+it\s+be\s+(alright|all\s+right|okay|ok|helpful)|may\s+i|can\s+i|could\s+i|is\s+it\s+(okay|ok|alright)|do\s+you\s+want\s+(me\s+to|to\s+hear)|would\s+it\s+help\s+(if\s+we|to\s+(explore|talk\s+through|look\s+at|think\s+through|go\s+over|unpack)\b[^?]*\btogether))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

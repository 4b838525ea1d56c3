namespace BotCompanion.Core.Evals;

/// <summary>What a coaching question asks, read from its words, so any model's replies can be judged the same way.</summary>
public static partial class ReplyKinds
{
    public static bool IsWill(string question) => Will().IsMatch(question);

    public static bool AsksForMore(string question) => WhatElse().IsMatch(question);

    public static bool AsksToChoose(string question) => Which().IsMatch(question);

    public static bool IsIfThen(string question) => IfThen().IsMatch(question);

    public static bool IsTakeaway(string question) => Takeaway().IsMatch(question);

    /// <summary>First-person words left in a reflection: their "I" said back as the bot's own.</summary>
    public static bool HasPronounError(string reflectionBody) => FirstPerson().IsMatch(reflectionBody);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(by\s+when|first\s+step|1\s+to\s+10|how\s+committed|what\s+will\s+you\s+do)\b", Options)]
    private static partial Regex Will();

    [GeneratedRegex(@"\bwhat\s+else\b|\bwhat\s+other\b", Options)]
    private static partial Regex WhatElse();

    [GeneratedRegex(@"^\s*which\b|\bwhich\s+(of|one)\b", Options)]
    private static partial Regex Which();

    [GeneratedRegex(@"^\s*if\b|\bif\s+(that|it|this|he|she|they)\b[^?]*\?", Options)]
    private static partial Regex IfThen();

    [GeneratedRegex(@"\b(tak(e|ing)\s+away|takeaway|take\s+from\s+this)\b", Options)]
    private static partial Regex Takeaway();

    [GeneratedRegex(@"\b(i|me|my|mine|myself|i'm|i've|i'll|i'd)\b", Options)]
    private static partial Regex FirstPerson();
}

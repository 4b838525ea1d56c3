namespace BotCompanion.Core.Evals;

/// <summary>
/// How replies are counted for the fidelity figures: sentences ending in '?' are questions; statements opening
/// with a read-back of the executive's words ("You said…", "So…", "What I hear is…") are reflections.
/// </summary>
public static partial class ReplyText
{
    public static IReadOnlyList<string> Sentences(string text) =>
        [.. Sentence().Matches(text).Select(m => m.Value.Trim()).Where(s => s.Length > 0)];

    public static int Questions(string text) => Sentences(text).Count(s => s.EndsWith('?'));

    public static int Reflections(string text) => Sentences(text).Count(s => !s.EndsWith('?') && ReflectionLead().IsMatch(s));

    public static int Words(string text) => Text.Sentences.Words(text);

    [GeneratedRegex(@"[^.!?\n]+(?:[.!?…]+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Sentence();

    [GeneratedRegex(@"^(You said|You mentioned|So |You.re saying|You’re saying|What I hear|I hear that|It sounds like|Let me read that back|To check:|Saved(: you.ll|, due)|You.d like to)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReflectionLead();
}

namespace BotCompanion.Core.Guard.Cues;

/// <summary>
/// Softening frames in Spanish, French and German: their words reflected back ("dijiste que", "vous avez dit",
/// "Sie sagten", "einerseits"), permission ("¿te parece bien…?", "puis-je…?", "darf ich…?") and open questions
/// asking for their ideas ("¿qué podrías…?", "que pourriez-vous…?", "was könnten Sie…?").
/// </summary>
internal sealed partial class ForeignFrames : ISoftener
{
    public string Name => nameof(ForeignFrames);

    public bool Applies(GuardSentence sentence, ICue cue) =>
        Reflected().IsMatch(sentence.Text) || (sentence.IsQuestion && (Permission().IsMatch(sentence.Text) || OpenQuestion().IsMatch(sentence.Text)));

    [GeneratedRegex(@"^\s*(dijiste|has\s+dicho|mencionaste|parece\s+que|sientes|te\s+preocupa|por\s+un\s+lado|vous\s+avez\s+dit|tu\s+as\s+dit|on\s+dirait|vous\s+sentez|d'un\s+c[ôo]t[ée]|sie\s+sagten|du\s+sagtest|es\s+klingt|es\s+scheint|einerseits|sie\s+machen\s+sich\s+sorgen)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reflected();

    [GeneratedRegex(@"(te\s+parece\s+bien|le\s+parece\s+bien|puedo\s+(hacerte|preguntarte)|seriez-vous\s+d'accord|puis-je|est-ce\s+que\s+je\s+peux|w[äa]re\s+es\s+in\s+ordnung|darf\s+ich)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Permission();

    [GeneratedRegex(@"^\s*(¿\s*)?(qu[ée]|c[óo]mo|cu[áa]l|qu'est-ce|que\s+|quel|quelle|comment|was\s|wie\s|welche)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpenQuestion();
}

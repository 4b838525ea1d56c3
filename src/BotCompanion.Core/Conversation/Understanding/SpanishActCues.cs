namespace BotCompanion.Core.Conversation.Understanding;

/// <summary>The Spanish cue families for what a coach says back: a goal, an option of their own, a choice, an obstacle.</summary>
internal static partial class SpanishActCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^\W*(hoy\s+|ahora\s+)?(quiero|quisiera|me\s+gustar[íi]a|necesito|mi\s+(objetivo|meta|prioridad)\s+es|lo\s+que\s+quiero\s+es|tengo\s+que|debo)\b", Options)]
    public static partial Regex Goal();

    [GeneratedRegex(@"^\W*((y|o|pero|también|quizás?|tal\s+vez)[,\s]+)*(podr[íi]a|podr[íi]amos|una\s+opci[óo]n\s+(ser[íi]a|es)|otra\s+opci[óo]n\s+(ser[íi]a|es)|se\s+me\s+ocurre)\b", Options)]
    public static partial Regex Option();

    [GeneratedRegex(@"\b(me\s+quedo\s+con|elijo|me\s+inclino\s+por|me\s+decido\s+por)\b", Options)]
    public static partial Regex Choice();

    // The lead-in ("en parte es que…") is not what they said: <c>lead</c> marks it, so it is left out when said back.
    [GeneratedRegex(@"^(?<lead>\W*((en\s+parte|sobre\s+todo|la\s+verdad)[,\s]+)?(es\s+que|el\s+problema\s+es\s+que|lo\s+que\s+me\s+frena\s+es\s+que)\s+)?(?(lead)|\W*((en\s+parte|sobre\s+todo|la\s+verdad)[,\s]+)?me\s+cuesta\b)", Options)]
    public static partial Regex Obstacle();
}

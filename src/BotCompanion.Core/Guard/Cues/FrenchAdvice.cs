namespace BotCompanion.Core.Guard.Cues;

/// <summary>French rule floor: "vous devriez / tu devrais", "je vous conseille", "il faut que", "vous pourriez peut-être", "avez-vous pensé à…?", "faites attention".</summary>
internal sealed partial class FrenchAdvice() : PatternCue(0.8, Pattern())
{
    [GeneratedRegex(@"\b(vous\s+devriez|tu\s+devrais|vous\s+devez|tu\s+dois|je\s+(vous|te)\s+(conseille|recommande|sugg[èe]re)|il\s+faut\s+que|il\s+faut\s+(vraiment\s+)?((lui|leur|vous|te|se|en|y|le|la|les)\s+)?\w+(er|ir|re)\b|il\s+faudrait|mon\s+conseil|le\s+mieux\s+(serait|est)|vous\s+pourriez\s+(peut-[êe]tre|essayer)|tu\s+pourrais\s+(peut-[êe]tre|essayer)|il\s+pourrait\s+[êe]tre\s+utile|une\s+option\s+(serait|est)|avez-vous\s+pens[ée]\s+[àa]|as-tu\s+pens[ée]\s+[àa]|pourquoi\s+ne\s+pas|ne\s+serait-il\s+pas\s+plus\s+(simple|facile)|faites\s+attention|fais\s+attention|vous\s+(le\s+)?regretterez|vous\s+allez\s+le\s+regretter|beaucoup\s+de\s+(gens|personnes|dirigeants)\s+(trouvent\s+utile|choisissent|pr[ée]f[èe]rent))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

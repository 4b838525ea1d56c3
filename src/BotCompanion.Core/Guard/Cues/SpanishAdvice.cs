namespace BotCompanion.Core.Guard.Cues;

/// <summary>Spanish rule floor: "deberías / usted debería", "te recomiendo", "tienes que", "quizás podrías", "¿has pensado en…?", "ten cuidado".</summary>
internal sealed partial class SpanishAdvice() : PatternCue(0.8, Pattern())
{
    [GeneratedRegex(@"\b(deber[íi]as|deber[íi]a(s)?\s+usted|usted\s+deber[íi]a|te\s+(recomiendo|aconsejo|sugiero)|le\s+(recomiendo|aconsejo|sugiero)|tienes\s+que|tiene\s+que|hay\s+que|mi\s+consejo|lo\s+mejor\s+(ser[íi]a|es)|es\s+importante\s+que|(quiz[áa]s?|tal\s+vez)\s+(podr[íi]as|podr[íi]a|te\s+ayude|deber[íi]as)|podr[íi]as\s+(probar|intentar)|una\s+opci[óo]n\s+(ser[íi]a|es)|has\s+pensado\s+en|por\s+qu[ée]\s+no|no\s+ser[íi]a\s+m[áa]s\s+(f[áa]cil|sencillo)|ten\s+cuidado|tenga\s+cuidado|te\s+arrepentir[áa]s|lo\s+lamentar[áa]s|a\s+mucha\s+gente\s+le\s+(ayuda|funciona|sirve)|muchos\s+\w+\s+(prefieren|eligen|deciden))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

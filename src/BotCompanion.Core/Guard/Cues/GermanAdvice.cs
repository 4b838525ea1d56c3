namespace BotCompanion.Core.Guard.Cues;

/// <summary>German rule floor: "Sie sollten / du solltest", "ich empfehle", "Sie müssen", "vielleicht könnten Sie", "haben Sie schon daran gedacht…?", "seien Sie vorsichtig".</summary>
internal sealed partial class GermanAdvice() : PatternCue(0.8, Pattern())
{
    [GeneratedRegex(@"\b(sie\s+sollten|du\s+solltest|sollten\s+sie|solltest\s+du|ich\s+(empfehle|rate)|mein\s+rat|sie\s+m[üu]ssen|du\s+musst|m[üu]ssen\s+sie|am\s+besten\s+(w[äa]re|ist)|es\s+ist\s+wichtig,|(vielleicht\s+)?k[öo]nnten\s+sie\s+(vielleicht|versuchen)|vielleicht\s+k[öo]nnten\s+sie|sie\s+k[öo]nnten\s+versuchen|es\s+k[öo]nnte\s+helfen|eine\s+m[öo]glichkeit\s+w[äa]re|haben\s+sie\s+(schon\s+)?(daran\s+gedacht|[üu]berlegt)|warum\s+nicht\s+einfach|w[äa]re\s+es\s+nicht\s+(einfacher|besser)|seien\s+sie\s+vorsichtig|sonst\s+bereuen\s+sie|werden\s+sie\s+es\s+bereuen|vielen\s+(menschen|leuten)\s+hilft\s+es|viele\s+f[üu]hrungskr[äa]fte\s+(entscheiden\s+sich|w[äa]hlen))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

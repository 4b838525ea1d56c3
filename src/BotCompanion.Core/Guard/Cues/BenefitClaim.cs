namespace BotCompanion.Core.Guard.Cues;

/// <summary>Information that implies a course of action: "this can help with…", "keeping a log works well", "research shows…".</summary>
internal sealed partial class BenefitClaim : ICue
{
    public string Name => nameof(BenefitClaim);

    public double Weight => 0.65;

    public bool Matches(GuardSentence sentence) => !sentence.IsQuestion && (Gerund().IsMatch(sentence.Text) || Claim().IsMatch(sentence.Text));

    // "Keeping a weekly review can help…", "Try writing…", "…, try to…", "there are apps that can help".
    [GeneratedRegex(@"(^\s*([\w' -]{1,40}:\s*)?((if|where)\s+possible,?\s+|for\s+(example|instance),?\s+|(if|when|whenever|while)\s+[^,.?!]{1,60},\s*)?(maybe\s+|perhaps\s+|also,?\s+|and\s+|sometimes,?\s+|additionally,?\s+|often,?\s+|even\s+)?(?!(having|being|seeing|understanding|knowing|feeling|recognizing|recognising|noticing|realizing|realising|achieving|hearing|thinking|considering|learning)\b)\w+ing\b[^.?!]*\b(can|could|might|may|would|will|tends\s+to|often)\s+(\w+ly\s+|also\s+|sometimes\s+|really\s+|even\s+|not\s+only\s+)?(help|be\s+(a\s+)?(helpful|useful|handy|beneficial|effective|worthwhile|great|good|powerful|simple|nice|comforting)|make\s+a\s+(big\s+|real\s+)?difference|offer|reduce|provide|shift|support|reinforce|promote|encourage|give\s+you|work|ease|calm|boost|improve|free\s+up|lower|bring(?!\s+up)|involve\s+\w+ing)|(^|,\s*|\band\s+|\bthen\s+)try\s+\w+ing\b|,\s*try\s+to\b|\bthere\s+are\s+(also\s+)?[^.?!]*\b(that|which)\s+(can|could|might|may)\s+(\w+ly\s+|also\s+)?(help|offer|provide|support|give))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Gerund();

    [GeneratedRegex(@"(^\s*(and\s+|also,?\s+)?(this|that|these|those|it|which|doing\s+so|doing\s+this|both)\s+(can|could|might|may|will|would|tends?\s+to|often|usually)\s+(\w+ly\s+|also\s+|really\s+|even\s+|not\s+only\s+)?(help(?!\s+us\b)|make\s+a\s+(big\s+|real\s+)?difference|ease|reduce|support|provide|promote|give\s+you|boost|improve|calm|lower|free\s+up|create\s+a|work|involve\s+\w+ing)|\b(can|could|might|may|would|tends?\s+to|often|usually)\s+work\s+(really\s+|very\s+|particularly\s+)?(well|nicely|wonders)|\w+ing\b[^.?!]*\bworks?\s+(really\s+|very\s+|particularly\s+)?well\b|\bis\s+a\s+(great|good|simple|proven|powerful|useful|helpful|easy)\s+way\s+to|\b(is|are)\s+(known|proven|shown)\s+to\s+(help|reduce|improve|ease|work)|\b(research|studies|evidence|science)\s+(shows?|suggests?|has\s+shown)\b|can\s+be\s+(a\s+)?(great|good|simple|powerful|effective|helpful|useful|healthy)\s+(way|tool|substitute|outlet|option|alternative|habit))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Claim();
}

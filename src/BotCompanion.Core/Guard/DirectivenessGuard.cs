using System.Text.RegularExpressions;

namespace BotCompanion.Core.Guard;

/// <summary>
/// A local, deterministic classifier for advice and direction in one bot utterance. Each sentence is scored from
/// weighted linguistic cues (second-person obligation, recommendation verbs, imperatives, suggestion frames such as
/// "you could" or "some people find it helpful to", advice smuggled into questions, warnings, confrontation),
/// discounted when the sentence reflects the person's own words or asks for their ideas; the utterance scores as its
/// most directive sentence. Topic words play no part, so it carries across domains.
/// </summary>
public sealed partial class DirectivenessGuard : IDirectivenessGuard
{
    public const double Threshold = 0.5;

    public GuardVerdict Score(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new GuardVerdict(false, 0);
        }

        var score = Sentences().Split(text.Trim()).Select(ScoreSentence).DefaultIfEmpty(0).Max();
        return new GuardVerdict(score >= Threshold, Math.Round(score, 2));
    }

    internal static double ScoreSentence(string sentence)
    {
        var s = sentence.Trim();
        if (s.Length == 0)
        {
            return 0;
        }

        var isQuestion = s.EndsWith('?');
        var score = 0.0;
        score = Math.Max(score, Strong().IsMatch(s) ? 0.9 : 0);
        score = Math.Max(score, LeadingQuestion().IsMatch(s) ? 0.85 : 0);
        score = Math.Max(score, Warning().IsMatch(s) ? 0.8 : 0);
        score = Math.Max(score, !isQuestion && Imperative().IsMatch(s) && !Invitation().IsMatch(s) ? 0.8 : 0);
        score = Math.Max(score, Suggestion().IsMatch(s) ? 0.7 : 0);
        score = Math.Max(score, !isQuestion && HelpfulThing().IsMatch(s) ? 0.65 : 0);

        if (score > 0 && Reflection().IsMatch(s))
        {
            // Their own words, reflected back: "You said you should delegate more."
            score -= 0.5;
        }

        if (score > 0 && isQuestion && Permission().IsMatch(s))
        {
            // Asking permission to discuss options is not giving them: "Would it be alright to talk about steps…?"
            score -= 0.5;
        }

        if (score > 0 && isQuestion && OpenQuestion().IsMatch(s) && !LeadingQuestion().IsMatch(s))
        {
            // Asking for their ideas: "What could you try?", "How might you…?"
            score -= 0.5;
        }

        return Math.Clamp(score, 0, 1);
    }

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex Sentences();

    [GeneratedRegex(@"\b((?<!\b(find|feel|felt|said|say|think|thought|mentioned|realize|realized|know|knew|believe|because|that)\s+)you\s+(really\s+)?(should|ought\s+to|must|need\s+to|have\s+to|had\s+better|'d\s+better)|you'd\s+better|(?<!\bbefore\s)i\s+(would\s+|'d\s+|strongly\s+)?(recommend|suggest|advise|urge|encourage\s+you)|my\s+(advice|recommendation|suggestion)|it'?s\s+(important|essential|crucial|vital|best|wise|better)\s+for\s+you\s+to|it\s+is\s+(important|essential|crucial|best|wise|better)\s+for\s+you\s+to|it\s+would\s+be\s+(best|wise|good|better|helpful|a\s+good\s+idea)\s+(for\s+you\s+)?to|the\s+best\s+(thing|way|approach|option)\s+(is|would\s+be)|make\s+sure|be\s+sure\s+to|don'?t\s+forget\s+to|do\s+not\s+forget\s+to|just\s+(fire|tell|do|go|say|quit|stop|delegate|hire|cut)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Strong();

    [GeneratedRegex(@"(^\s*(so,?\s+|and\s+)?(have\s+you\s+(ever\s+)?(considered|thought\s+(about|of)|tried)|would\s+you\s+consider)|\bwhy\s+not\b|why\s+don'?t\s+you|what\s+if\s+you\s+(just\s+|simply\s+)?(tried|told|asked|started|stopped|made|took|gave|let|delegated|set)|^\s*could\s+you\s+(try|just)|how\s+about\s+(you\s+)?\w+ing|what\s+about\s+\w+ing|shouldn'?t\s+you|don'?t\s+you\s+think\s+you\s+(should|could)|wouldn'?t\s+it\s+be\s+(better|good|wise|easier))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingQuestion();

    [GeneratedRegex(@"\b(be\s+careful|careful\s+not\s+to|otherwise\s+you('ll|\s+will|\s+might|\s+could)|you('ll|\s+will)\s+regret|if\s+you\s+don'?t\b.*\byou('ll|\s+will)|you'?re\s+(wrong|making\s+excuses|kidding\s+yourself)|that'?s\s+(just\s+)?an\s+excuse|be\s+honest\s+with\s+yourself)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Warning();

    [GeneratedRegex(@"^\s*(\d+[.)]\s*)?([\w'’ -]{1,40}:\s*)?(please\s+)?(?!take\s+care\b)(be\s+(kind|patient|gentle|proactive|consistent|mindful|open)|try|consider|notice|identify|make|take|set|start|stop|avoid|focus|remember|keep|talk|write|schedule|block|delegate|prioriti[sz]e|reach\s+out|limit|cut|replace|use|get|find|give|practi[cs]e|don'?t|do\s+not|never|always|go|plan|list|book|call|email|prepare|reduce|quit|switch|join|seek|speak|share|reward|treat|drink|eat|exercise|breathe|inhale|exhale|create|build|allow|lean|hold|put|pick|choose|agree|say|send|ask\s+(him|her|them|your)|let\s+(go|them|him|her)|learn|read|watch|track|note|jot|commit|stick|check|look\s+for|think\s+about\s+(how|ways|setting|using|trying))\b(?!\s+(seems|is|was|has|can|could|might|may|sounds|helps|helped|are|were|tends|often))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Imperative();

    [GeneratedRegex(@"^\s*(tell\s+me|take\s+a\s+moment\s+to\s+(think|reflect|notice)|think\s+(back|of\s+a\s+time)|imagine|picture|let'?s|feel\s+free|keep\s+in\s+mind\s+that\s+you)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Invitation();

    [GeneratedRegex(@"\b(you\s+(could|might|may|can)\s+(also\s+|always\s+|perhaps\s+|even\s+|then\s+)?(try|consider|start\s+(by|with)|set\s+(a|up|yourself)|use\s+(a|an|the|some)|plan\s+to|switch|think\s+about\s+(ways|setting|using|trying|how\s+to)|look\s+into|experiment|reduce|replace|cut\s+(back|down)|begin\s+(by|with)|schedule|book|practi[cs]e|reward|lean\s+on|track|jot|write\s+down|limit|avoid|delegate|block|remind\s+yourself|carry|chew|keep\s+(a|track)|make\s+(a\s+(list|plan|point)|sure|time))|you\s+(might|may)\s+(want|wish|like)\s+to\s+(try|consider|start|think\s+about|look\s+into|set|use|write|keep|make|take|plan|talk|reach|focus)|you\s+might\s+find\s+it\s+(helpful|useful)|perhaps\s+you\s+(could|might|can)|maybe\s+you\s+(could|might|can)|one\s+(option|idea|approach|way|possible\s+(first\s+)?step|strategy|thing\s+you\s+could)\s+(is|would\s+be|could\s+be|might\s+be|to)|another\s+(option|idea|approach|way|strategy)|(some|many|other)\s+people\s+(find|have\s+found|use|try)|others\s+(might|may|have|find|use)|it\s+(might|may|could|can)\s+(also\s+)?(help|be\s+(helpful|useful|worth|a\s+good))|\bmaybe\s+\w+ing\b|\bone\s+possibility|(can|could|might|may|would)\s+be\s+(a\s+)?(helpful|useful|handy|beneficial|worthwhile|effective|good\s+(idea|way|start|first\s+step))|worth\s+(trying|considering|a\s+try)|a\s+good\s+idea\s+to|here\s+are\s+(some|a\s+few)\s+(tips|ideas|strategies|suggestions|options)|there\s+are\s+(many|several|some)\s+\w+\s+(available|that\s+(offer|can|could|might)))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Suggestion();

    [GeneratedRegex(@"(^\s*([\w'’ -]{1,40}:\s*)?(maybe\s+|perhaps\s+)?\w+ing\b[^.?!]*\b(can|could|might|may|would|will)\s+(\w+ly\s+|also\s+|sometimes\s+|really\s+|even\s+)?(help|be\s+(a\s+)?(helpful|useful|handy|beneficial|effective|worthwhile|great|good|powerful|simple|nice)|make\s+a\s+(big\s+)?difference|offer|reduce|provide|shift|support|reinforce|promote|encourage|give\s+you|work)|\btry\s+\w+ing\b|,\s*try\s+to\b|\bthere\s+are\s+(also\s+)?[^.?!]*\b(that|which)\s+(can|could|might|may)\s+(\w+ly\s+|also\s+)?(help|offer|provide|support|give))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HelpfulThing();

    [GeneratedRegex(@"^\s*((so|finally|also|and|earlier),?\s+)?(you\s+said|you\s+mentioned|you\s+expressed|you'?ve\s+shared|you\s+shared|we\s+(explored|talked\s+about|discussed)|you'?ve\s+said|you'?re\s+saying|you\s+told\s+me|it\s+sounds\s+like|what\s+i\s+hear|i\s+hear\s+(that|you)|you\s+feel|you'?re\s+feeling|you\s+believe|you\s+think|you\s+wonder|you'?re\s+wondering|in\s+your\s+words)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reflection();

    [GeneratedRegex(@"\b(would\s+you\s+like|would\s+it\s+be\s+(alright|all\s+right|okay|ok|helpful)|may\s+i|can\s+i|could\s+i|is\s+it\s+(okay|ok|alright)|do\s+you\s+want\s+(me\s+to|to\s+hear))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Permission();

    [GeneratedRegex(@"^\s*(and\s+|so\s+)?(what|how|which|who|when|where|in\s+what\s+way|to\s+what\s+extent|is\s+there|are\s+there|do\s+any|does\s+any|do\s+you|did\s+you|any)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpenQuestion();
}

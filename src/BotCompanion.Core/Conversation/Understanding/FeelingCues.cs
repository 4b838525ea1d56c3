namespace BotCompanion.Core.Conversation.Understanding;

/// <summary>
/// Feelings named outright ("I felt humiliated", "so relieved") and the common ways executives imply one without
/// naming it ("I keep replaying it", "I haven't slept", "I froze"). Each family gives the feeling's plain name.
/// </summary>
internal static partial class FeelingCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly (string Name, Regex Pattern)[] Named =
    [
        ("anxious", new Regex(@"\b(anxious|anxiety|nervous|worried|worrying|uneasy|on\s+edge|jittery|dread(ing)?|panick?(ed|ing|y)?|shaking|shaky|scared|afraid|terrified|frightened|fearful|apprehensive|butterflies)\b", Options)),
        ("frustrated", new Regex(@"\b(frustrat(ed|ing|ion)|annoy(ed|ing)|irritat(ed|ing)|fed\s+up|exasperat(ed|ing)|sick\s+of|tired\s+of|had\s+enough)\b", Options)),
        ("humiliated", new Regex(@"\b(humiliat(ed|ing|ion)|embarrass(ed|ing|ment)|mortified|made\s+a\s+fool)\b", Options)),
        ("ashamed", new Regex(@"\b(ashamed|shame(ful)?)\b", Options)),
        ("guilty", new Regex(@"\b(guilty|feel\s+responsible|i\s+(deeply\s+|really\s+|already\s+)?regret|full\s+of\s+regret|guilt|feel\s+bad\s+(about|for)|bad\s+conscience)\b", Options)),
        ("lighter", new Regex(@"\b(feel(ing)?\s+(a\s+lot\s+|much\s+)?lighter)\b", Options)),
        ("relieved", new Regex(@"\b(reliev(ed|ing)|better\s+than\s+i\s+feared|relief|weight\s+off)\b", Options)),
        ("overwhelmed", new Regex(@"\b(overwhelm(ed|ing)?|swamped|drowning|buried|stretched\s+(too\s+)?thin|too\s+much\s+on\s+my\s+plate|underwater|spinning\s+plates)\b", Options)),
        ("excited", new Regex(@"\b(excit(ed|ing)|thrilled|energi[sz]ed|pumped|buzzing|can'?t\s+wait|stoked)\b", Options)),
        ("stuck", new Regex(@"\b(stuck|trapped|paralys(ed|is)|paralyz(ed|ing)|going\s+in\s+circles|at\s+a\s+loss)\b", Options)),
        ("hurt", new Regex(@"\b(hurts\s+(the\s+)?most|it\s+hurts|hurt|wounded|stung|blindsided|betrayed|let\s+down)\b", Options)),
        ("angry", new Regex(@"\b(angry|irritable|snappy|jealous|envious|anger|furious|livid|pissed|mad\s+at|seething|fuming|outraged|resent(ful|ment)?)\b", Options)),
        ("lonely", new Regex(@"\b(lonely|so\s+alone|alone\s+with|alone\s+in\s+this|isolated|on\s+my\s+own|no\s+one\s+to\s+talk\s+to)\b", Options)),
        ("proud", new Regex(@"\b(proud|pride)\b", Options)),
        ("gutted", new Regex(@"\b(gutted|heartbroken|crushed|devastated)\b", Options)),
        ("sad", new Regex(@"\b(sad|flat|numb|grieving|grief|demotivated|unmotivated|hopeless|empty|sadness|down|low|deflated|upset|miserable|cried|crying|in\s+tears)\b", Options)),
        ("exhausted", new Regex(@"\b(exhausted|drained|burn(ed|t)\s+out|burnout|running\s+on\s+empty|knackered|worn\s+out|shattered|tired)\b", Options)),
        ("disappointed", new Regex(@"\b(disappoint(ed|ing|ment))\b", Options)),
        ("impatient", new Regex(@"\b(impatient|losing\s+(my\s+)?patience|running\s+out\s+of\s+patience|patience\s+is\s+(running|wearing)\s+(out|thin)|at\s+the\s+end\s+of\s+my\s+tether)\b", Options)),
        ("torn", new Regex(@"\b(torn|conflicted|in\s+two\s+minds|ambivalent)\b", Options)),
        ("unsure", new Regex(@"\b(confused|unsure|uncertain|lost|insecure|impostor|imposter|out\s+of\s+my\s+depth|not\s+good\s+enough|doubt(ing)?\s+myself|self-doubt)\b", Options)),
        ("stressed", new Regex(@"\b(stress(ed|ful)?|under\s+pressure|tense|wound\s+up)\b", Options)),
        ("hopeful", new Regex(@"\b(hopeful|optimistic|encouraged|confident)\b", Options)),
        ("grateful", new Regex(@"\b(grateful|thankful)\b", Options)),
        ("invisible", new Regex(@"\b(invisible|ignored|unheard|sidelined|overlooked|undervalued|unappreciated)\b", Options)),
        ("good", new Regex(@"\b(feel(ing)?\s+(good|great|better|ok|okay|fine|calm|lighter)|(a\s+)?better\s+day|happy|glad|delighted)\b", Options)),
        ("defensive", new Regex(@"\b(defensive|on\s+the\s+back\s+foot)\b", Options)),
        ("bad", new Regex(@"\b(feel(ing)?\s+(bad|awful|terrible|horrible|rotten|sick)|sick\s+to\s+my\s+stomach|gut\s+punch)\b", Options)),
    ];

    private static readonly (string Name, Regex Pattern)[] Implied =
    [
        ("shaken", new Regex(@"\b(keep|kept)\s+(replaying|thinking\s+about|going\s+over)\b|\bcan'?t\s+(stop\s+thinking|get\s+it\s+out\s+of\s+my\s+head|let\s+it\s+go|switch\s+off)\b|\bstill\s+(shaking|rattled|reeling)\b|\b(i|i\s+just)\s+froze\b|\bmy\s+(heart|stomach)\b|\bknot\s+in\s+my\b", Options)),
        ("exhausted", new Regex(@"\b(haven'?t|have\s+not|didn'?t|can'?t|barely|don'?t)\s+(slept|sleep)(\s+well)?\b|\bslept\s+(badly|terribly|poorly)\b|\bin\s+my\s+head\s+all\s+night\b|\b(no|zero)\s+sleep\b|\bawake\s+at\s+\d|\bup\s+at\s+\d\s*(am)?\b|\brunning\s+on\s+fumes\b", Options)),
        ("sad", new Regex(@"(😞|😢|😭|😔|☹️|🙁|😩|😫)|\bugh\b", Options)),
        ("unsure", new Regex(@"\b(doesn'?t|don'?t)\s+trust\s+me\b|\bwaiting\s+(that|for)\s+(i|me\s+to)\s+fail\b|\bwant(s)?\s+to\s+leave\b", Options)),
        ("exposed", new Regex(@"\bin\s+front\s+of\s+(everyone|everybody|the\s+(whole\s+)?(team|board|room|others|exec(utive)?\s+team))\b|\breplied[- ]all\b|\bpublicly\s+(criticis|call|humiliat|question|contradict)|\b(people|everyone|everybody|the\s+team)\s+(notice[sd]?|saw\s+it)\b", Options)),
        ("caught in the middle", new Regex(@"\b(carrying|passing|relaying)\s+messages\b|\bcaught\s+in\s+the\s+middle\b|\bbarely\s+speaking\b|\bstuck\s+between\s+them\b", Options)),
        ("unsupported", new Regex(@"\bdidn'?t\s+(say\s+a\s+word|back\s+me|defend\s+me|step\s+in)\b|\bthrew\s+me\s+under\s+the\s+bus\b|\bleft\s+me\s+(alone|hanging|to\s+it)\b", Options)),
        ("under pressure", new Regex(@"\bwants\s+me\s+to\s+act\b|\bbreathing\s+down\s+my\s+neck\b|\b(board|ceo|chair)\s+(wants|expects|is\s+expecting)\s+(me|us)\s+to\b|\bthree\s+quarters\s+in\s+a\s+row\b", Options)),
        ("stretched", new Regex(@"\b\d+\s+hours\s+(every|a|each)\s+day\b|\bback-to-back\b|\bthe\s+night\s+before\b|\bevery\s+(evening|night|weekend)\b", Options)),
        ("worn down", new Regex(@"\b(is|are|was)\s+killing\s+me\b|\b(tough|rough|hard|long|brutal|horrible|awful|bad)\s+(day|week|month|quarter|few\s+(days|weeks))\b", Options)),
        // "This is what I got after three weeks of preparing": effort met with nothing.
        ("frustrated", new Regex(@"\bthis\s+is\s+what\s+(i|we)\s+(got|get)\s+(after|for)\b", Options)),
        // Saying it twice ("four days. four days.") is how exasperation sounds in writing.
        ("frustrated", new Regex(@"\b(\w+\s+\w+)[.!]+\s+\1[.!]", Options)),
        ("good", new Regex(@"(😊|🙌|🎉|😀|😄)", Options)),
        ("angry", new Regex(@"(😡|🤬)", Options)),
    ];

    // Spanish feelings are named by their noun ("agobio", "frustración"), which reads back without gender: "Sientes agobio."
    private static readonly (string Name, Regex Pattern)[] SpanishNamed =
    [
        ("ansiedad", new Regex(@"\b(ansios[oa]s?|ansiedad|nervios[oa]s?|nervios|preocupad[oa]s?|intranquil[oa]|inquiet[oa]|angustiad[oa]|angustia|asustad[oa]|miedo|pánico|aterrad[oa])\b", Options)),
        ("frustración", new Regex(@"\b(frustrad[oa]s?|frustración|frustrante|harto|harta|molest[oa]|irritad[oa]|fastidiad[oa])\b", Options)),
        ("agobio", new Regex(@"\b(agobiad[oa]s?|agobio|desbordad[oa]s?|sobrepasad[oa]|saturad[oa]|abrumad[oa]|hasta\s+arriba)\b", Options)),
        ("cansancio", new Regex(@"\b(cansad[oa]s?|cansancio|agotad[oa]s?|agotamiento|quemad[oa]|sin\s+energía|reventad[oa])\b", Options)),
        ("tristeza", new Regex(@"\b(triste|tristeza|desanimad[oa]|desmotivad[oa]|deprimid[oa]|bajón|hundid[oa])\b", Options)),
        ("enfado", new Regex(@"\b(enfadad[oa]s?|enfado|enojad[oa]|enojo|furios[oa]|rabia|indignad[oa])\b", Options)),
        ("vergüenza", new Regex(@"\b(avergonzad[oa]|vergüenza|humillad[oa]|humillación|ridículo)\b", Options)),
        ("culpa", new Regex(@"\b(culpable|culpa|remordimiento)\b", Options)),
        ("inseguridad", new Regex(@"\b(insegur[oa]|inseguridad|dudas|perdid[oa]|confundid[oa]|no\s+estoy\s+a\s+la\s+altura)\b", Options)),
        ("estrés", new Regex(@"\b(estresad[oa]s?|estrés|presionad[oa]|bajo\s+presión|tens[oa])\b", Options)),
        ("bloqueo", new Regex(@"\b(bloquead[oa]|atascad[oa]|estancad[oa]|paralizad[oa]|sin\s+salida)\b", Options)),
        ("soledad", new Regex(@"\b(sol[oa]\s+con\s+esto|soledad|aislad[oa])\b", Options)),
        ("decepción", new Regex(@"\b(decepcionad[oa]|decepción|defraudad[oa])\b", Options)),
        ("alivio", new Regex(@"\b(aliviad[oa]|alivio)\b", Options)),
        ("ilusión", new Regex(@"\b(ilusionad[oa]|ilusión|emocionad[oa]|entusiasmad[oa]|con\s+ganas)\b", Options)),
        ("orgullo", new Regex(@"\b(orgullos[oa]|orgullo)\b", Options)),
        ("dolor", new Regex(@"\b(dolid[oa]|me\s+dolió|me\s+duele|traicionad[oa])\b", Options)),
    ];

    /// <summary>A feeling named in a Spanish message, by its Spanish noun; "no estoy agobiado" names none.</summary>
    public static Feeling? FindSpanish(string text)
    {
        foreach (var (name, pattern) in SpanishNamed)
        {
            if (pattern.Match(text) is { Success: true } match && !SpanishNegationBefore().IsMatch(text[Math.Max(0, match.Index - 16)..match.Index]))
            {
                return new Feeling(name, match.Value, Implied: false);
            }
        }

        return FirstImplied(SpanishImplied, text);
    }

    private static Feeling? FirstImplied((string Name, Regex Pattern)[] families, string text) =>
        families.Select(f => (f.Name, Match: f.Pattern.Match(text))).Where(f => f.Match.Success)
            .Select(f => new Feeling(f.Name, f.Match.Value, Implied: true)).FirstOrDefault();

    // The common ways a Spanish-speaking executive implies a feeling without naming it ("no he dormido", "la noche antes").
    private static readonly (string Name, Regex Pattern)[] SpanishImplied =
    [
        ("cansancio", new Regex(@"\b(no\s+(he\s+)?(dormido|duermo)|sin\s+dormir|la\s+noche\s+antes|cada\s+noche|los\s+fines\s+de\s+semana|hasta\s+las\s+\d+\s+de\s+la\s+(noche|madrugada))\b", Options)),
        ("presión", new Regex(@"\b(el\s+consejo|el\s+ceo|mi\s+jefe|mi\s+jefa|el\s+presidente)\s+(quiere|espera|exige|me\s+pide)\b|\bme\s+piden?\s+\w+\s+cada\s+(hora|día)\b|\btres\s+trimestres\s+seguidos\b", Options)),
        ("vergüenza", new Regex(@"\bdelante\s+de\s+(todos|todo\s+el\s+mundo|todo\s+el\s+equipo|el\s+consejo)\b", Options)),
        ("dolor", new Regex(@"\bno\s+dijo\s+(nada|ni\s+una\s+palabra)\b|\bme\s+dej[óo]\s+(sol[oa]|tirad[oa])\b", Options)),
    ];

    private static readonly HashSet<string> Good = new(StringComparer.Ordinal)
    {
        "lighter", "relieved", "excited", "proud", "hopeful", "grateful", "good", "alivio", "ilusión", "orgullo",
    };

    /// <summary>A feeling they would want more of: explored for what made it, never for how to feel differently.</summary>
    public static bool IsGood(Feeling feeling) => Good.Contains(feeling.Name);

    public static Feeling? Find(string text)
    {
        foreach (var (name, pattern) in Named)
        {
            if (pattern.Match(text) is { Success: true } match && !Negated(text, match.Index) && !NotAFeeling(text, match) && !Circumstance(text, match.Index) && !OfSomeoneElse(text, match.Index))
            {
                return new Feeling(name, match.Value, Implied: false);
            }
        }

        return FirstImplied(Implied, text);
    }

    // "not worried", "no longer anxious" name the absence of a feeling, not the feeling.
    private static bool Negated(string text, int index) =>
        NegationBefore().IsMatch(text[Math.Max(0, index - 14)..index]);

    // "down" and "low" are feelings in "I'm a bit down", not in "cut down", "low margin", "write it down".
    private static bool NotAFeeling(string text, Match match) =>
        match.Value.ToLowerInvariant() is "down" or "low" or "lost" or "tired" or "hurt" or "pride" or "buried" or "upset" or "mad at"
        && !FeelingFrame().IsMatch(text[Math.Max(0, match.Index - 24)..match.Index]);

    // "I switch languages when I'm tired" says when something happens, not how they feel now.
    private static bool Circumstance(string text, int index) =>
        WhenClause().IsMatch(text[Math.Max(0, index - 20)..index]);

    // "the disappointed one", "an angry customer", "why Paolo's angry", "he seems upset" describe someone else, not
    // how they feel.
    private static bool OfSomeoneElse(string text, int index) =>
        Determiner().IsMatch(text[Math.Max(0, index - 8)..index]) || AnotherSubject().IsMatch(text[Math.Max(0, index - 24)..index]);

    [GeneratedRegex(@"\b(no|ya\s+no|nada|nunca|sin)\s+(\w+\s+)?$", Options)]
    private static partial Regex SpanishNegationBefore();

    [GeneratedRegex(@"\b(the|a|an|his|her|their|its)\s+$", Options)]
    private static partial Regex Determiner();

    [GeneratedRegex(@"\b([Hh]e|[Ss]he|[Tt]hey|\p{Lu}\p{Ll}+)('s|'re|’s|\s+(is|are|was|were|feels?|felt|seems?|seemed|looks?|looked|gets?|got))\s+(so\s+|really\s+|very\s+|quite\s+|a\s+bit\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AnotherSubject();

    [GeneratedRegex(@"\b(when|whenever|if)\s+(i'?m|i\s+am|i\s+get|i\s+feel|i\s+was|people\s+are|they'?re)\s+(\w+\s+)?$", Options)]
    private static partial Regex WhenClause();

    [GeneratedRegex(@"\b(not|no\s+longer|never|n't|less)\s+(\w+\s+)?$", Options)]
    private static partial Regex NegationBefore();

    [GeneratedRegex(@"\b(i'?m|i\s+am|i\s+feel|i\s+felt|feeling|i\s+was|makes\s+me|made\s+me|left\s+me|so|really|bit|quite|pretty|very|totally|got|gets)\s+(\w+\s+)?$", Options)]
    private static partial Regex FeelingFrame();
}

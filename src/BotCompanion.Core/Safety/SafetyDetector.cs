namespace BotCompanion.Core.Safety;

/// <summary>
/// Recognises messages about self-harm, harm to others, abuse or acute crisis, locally and without a model.
/// Deliberately errs towards caution: a false alarm costs one caring message; a miss costs far more.
/// Everyday idioms ("this project is killing me", "a killer deadline") are not alarms.
/// </summary>
public static partial class SafetyDetector
{
    public static SafetyConcern? Detect(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Replace('\u2019', '\'');
        if (SelfHarm().IsMatch(text) || SelfHarmEsFrDe().IsMatch(text))
        {
            return SafetyConcern.SelfHarm;
        }

        if (HarmToOthers().IsMatch(text))
        {
            return SafetyConcern.HarmToOthers;
        }

        if (Abuse().IsMatch(text))
        {
            return SafetyConcern.Abuse;
        }

        return AcuteCrisis().IsMatch(text) || AcuteCrisisEsFrDe().IsMatch(text) ? SafetyConcern.AcuteCrisis : null;
    }

    [GeneratedRegex(@"\b(kill(ing)?\s+my\s*self|end(ing)?\s+(my|it\s+all|my\s+own)\s*(life)?\b|suicid\w*|self[-\s]?harm\w*|hurt(ing)?\s+my\s*self|cut(ting)?\s+my\s*self|(don'?t|do\s+not)\s+want\s+to\s+(live|be\s+alive|be\s+here\s+anymore|wake\s+up)|better\s+off\s+dead|no\s+reason\s+to\s+live|want\s+to\s+die|wish\s+i\s+(was|were)\s+dead|take\s+my\s+(own\s+)?life|overdos\w*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfHarm();

    [GeneratedRegex(@"\b((want|going|about|ready)\s+to\s+(kill|hurt|harm|stab|shoot|attack)\s+(him|her|them|someone|somebody|my\s+\w+|people|everyone)|(i'?ll|i\s+will|i'?m\s+going\s+to)\s+(kill|hurt|stab|shoot)\s+(him|her|them|you|someone|my\s+\w+))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HarmToOthers();

    [GeneratedRegex(@"\b((he|she|they|my\s+(husband|wife|partner|boss|manager|father|mother|dad|mum|mom))\s+(hits?|beats?|hurts?|chokes?|threatens?)\s+me|being\s+(abused|assaulted|stalked)|(sexual(ly)?|physical(ly)?)\s+(assault\w*|abus\w*|harass\w*)|domestic\s+(violence|abuse)|abus(es|ing)\s+me|raped?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Abuse();

    [GeneratedRegex(@"\b(can'?t\s+go\s+on|can'?t\s+do\s+this\s+any\s*more|(don'?t|can'?t)\s+see\s+(a|any)\s+way\s+out|no\s+way\s+out|want\s+it\s+all\s+to\s+(stop|end)|(everyone|they)\s+would\s+be\s+better\s+off\s+without\s+me|won'?t\s+be\s+around\s+much\s+longer|done\s+with\s+life|can'?t\s+take\s+(it|this)\s+any\s*more|(having|in\s+the\s+middle\s+of)\s+a\s+panic\s+attack|i'?m\s+in\s+(danger|crisis)|breaking\s+down\s+completely|emergency\s+right\s+now)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AcuteCrisis();

    // Spanish, French, German: direct and indirect wording of self-harm.
    [GeneratedRegex(@"(quiero\s+morir|no\s+quiero\s+(vivir|seguir\s+viviendo)|quitarme\s+la\s+vida|suicid|hacerme\s+daño|acabar\s+con\s+(mi\s+vida|todo)|estar[íi]an\s+mejor\s+sin\s+m[íi]|je\s+veux\s+mourir|me\s+suicider|je\s+veux\s+en\s+finir|en\s+finir\s+avec\s+(la\s+vie|tout)|mettre\s+fin\s+à\s+(mes\s+jours|ma\s+vie)|me\s+faire\s+du\s+mal|mieux\s+sans\s+moi|ich\s+will\s+(sterben|nicht\s+mehr\s+leben)|mich\s+umbringen|selbstmord|suizid|mir\s+(etwas|was)\s+antun|mein\s+leben\s+beenden|besser\s+ohne\s+mich)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfHarmEsFrDe();

    // Spanish, French, German: acute crisis, including the indirect "no way out" and "I can't any more".
    [GeneratedRegex(@"(no\s+veo\s+(ninguna\s+)?salida|no\s+puedo\s+m[áa]s|no\s+aguanto\s+m[áa]s|estoy\s+en\s+peligro|je\s+ne\s+vois\s+(pas\s+d'|aucune\s+)issue|je\s+n'en\s+peux\s+plus|je\s+suis\s+en\s+danger|ich\s+will\s+nicht\s+mehr|ich\s+kann\s+nicht\s+mehr|keinen\s+ausweg|ich\s+bin\s+in\s+gefahr)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AcuteCrisisEsFrDe();
}

public enum SafetyConcern
{
    SelfHarm,
    HarmToOthers,
    Abuse,
    AcuteCrisis,
}

namespace BotCompanion.Core.Text;

/// <summary>
/// A Spanish clause in the first person said back in the second ("no me fío de las cifras" → "no te fías de las
/// cifras"). Spanish drops the subject, so the verb carries the person: verbs are turned by a lexicon of the verbs
/// executives use, regular ones by their conjugation class, and a clause is refused (null) rather than garbled when it
/// holds a word that may be a first-person verb the lexicon does not know, a form that is first or third person alike
/// ("era", "tenía") with nothing to say which, the plural "we", or words addressed to the bot.
/// </summary>
public static partial class SpanishPerson
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Forms = new(SpanishVerbs.FirstToSecond);

    /// <summary><paramref name="clause"/> in the second person, or null when it cannot be turned safely.</summary>
    public static string? SecondPerson(string clause)
    {
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var hasYo = words.Any(w => Bare(w) == "yo");
        var output = new string[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            var (lead, core, tail) = Split(words[i]);
            var lower = core.ToLowerInvariant();
            var previous = i > 0 ? Bare(words[i - 1]) : "";
            if (AddressesTheBot().IsMatch(lower) || FirstPlural().IsMatch(lower))
            {
                return null;
            }

            string? turned;
            if (Pronouns.TryGetValue(lower, out var pronoun))
            {
                turned = pronoun;
            }
            else if (Forms.Value.TryGetValue(lower, out var second) && !Before.Contains(previous))
            {
                // "tenía", "podría" are the first and the third person alike: turned when "yo" says whose it is or
                // when a modal opens the clause before an infinitive; kept after what reads as its subject ("el
                // equipo sabía"); refused when nothing says.
                if (!SpanishVerbs.IsAmbiguous(lower) || hasYo || OpensWithModal(words, i))
                {
                    turned = second;
                }
                else if (previous.Length == 0 || ClauseOpeners.Contains(previous) || NotVerbs.Contains(previous) || previous == "que")
                {
                    return null;
                }
                else
                {
                    turned = lower;
                }
            }
            else if (EncliticMe().Match(lower) is { Success: true } enclitic)
            {
                turned = enclitic.Groups["verb"].Value + "te" + enclitic.Groups["rest"].Value;
            }
            else if (MayBeFirstPersonVerb(lower, previous))
            {
                return null;
            }
            else
            {
                turned = lower;
            }

            output[i] = lead + MatchCase(core, turned) + tail;
        }

        return string.Join(' ', output);
    }

    /// <summary>Whether <paramref name="word"/> is a second-person verb form this class writes ("podrías", "reescribes").</summary>
    public static bool IsSecondPersonVerb(string word) => SecondForms.Value.Contains(word);

    private static readonly Lazy<HashSet<string>> SecondForms = new(() => [.. Forms.Value.Values]);

    /// <summary>"Podría pedirle…", "También debería hablar…": a modal first, before an infinitive, speaks of the speaker.</summary>
    private static bool OpensWithModal(string[] words, int index)
    {
        if (index + 1 >= words.Length || !words.Take(index).All(w => ClauseOpeners.Contains(Bare(w))))
        {
            return false;
        }

        var next = Bare(words[index + 1]);
        return Infinitive().IsMatch(next) && !Impersonal.Contains(next);
    }

    // A word that could be a first-person verb the lexicon does not know: refused, so nothing is said in the wrong person.
    private static bool MayBeFirstPersonVerb(string word, string previous)
    {
        if (word.Length < 3 || NotVerbs.Contains(word) || Before.Contains(previous) || NonVerbEnding().IsMatch(word))
        {
            return false;
        }

        return word.EndsWith('o') || (word.EndsWith('é') && word.Length > 3) || (word.EndsWith('í') && word.Length > 3);
    }

    private static (string Lead, string Core, string Tail) Split(string token)
    {
        var start = 0;
        while (start < token.Length && !char.IsLetter(token[start]))
        {
            start++;
        }

        var end = token.Length;
        while (end > start && !char.IsLetter(token[end - 1]))
        {
            end--;
        }

        return (token[..start], token[start..end], token[end..]);
    }

    private static string Bare(string token) => Split(token).Core.ToLowerInvariant();

    private static string MatchCase(string original, string turned) =>
        original.Length > 0 && char.IsUpper(original[0]) && turned.Length > 0 ? char.ToUpperInvariant(turned[0]) + turned[1..] : turned;

    private static readonly Dictionary<string, string> Pronouns = new(StringComparer.Ordinal)
    {
        ["yo"] = "tú",
        ["me"] = "te",
        ["mi"] = "tu",
        ["mis"] = "tus",
        ["mí"] = "ti",
        ["conmigo"] = "contigo",
        ["mío"] = "tuyo",
        ["mía"] = "tuya",
        ["míos"] = "tuyos",
        ["mías"] = "tuyas",
    };

    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal) { "también", "o", "y", "no", "quizá", "quizás", "tal", "vez", "yo", "me", "lo", "la", "le", "se", "pues", "bueno", "entonces" };

    private static readonly HashSet<string> Impersonal = new(StringComparer.Ordinal) { "ser", "estar", "haber", "pasar", "ocurrir", "funcionar", "salir", "ir", "valer", "servir", "quedar", "parecer", "costar", "cambiar" };

    // Words a noun or adjective follows, never a first-person verb: "el equipo", "de trabajo", "muy cansado".
    private static readonly HashSet<string> Before = new(StringComparer.Ordinal)
    {
        "el", "un", "una", "unos", "unas", "al", "del", "este", "esta", "ese", "esa", "aquel", "mi", "tu", "su",
        "mis", "tus", "sus", "nuestro", "cada", "todo", "toda", "otro", "otra", "primer", "nuevo", "buen", "mal", "gran",
        "ningún", "algún", "de", "en", "con", "sin", "por", "para", "sobre", "tras", "hasta", "desde", "entre", "según", "muy",
        "más", "menos", "tan", "tanto", "poco", "mucho", "medio", "qué", "cuyo", "ni",
    };

    // Everyday words ending like a first-person verb that are not one.
    private static readonly HashSet<string> NotVerbs = new(StringComparer.Ordinal)
    {
        "como", "cuando", "pero", "luego", "algo", "todo", "mucho", "poco", "tanto", "cuanto", "mismo", "solo", "medio",
        "demasiado", "claro", "pronto", "primero", "segundo", "tercero", "último", "nuevo", "bueno", "malo", "largo", "cierto",
        "seguro", "otro", "ninguno", "alguno", "uno", "dentro", "junto", "tampoco", "acaso", "ello", "eso", "esto", "aquello",
        "tuyo", "suyo", "nuestro", "cuyo", "incluso", "sino", "rato", "caso", "tiempo", "momento", "año", "dinero", "miedo",
        "así", "aquí", "allí", "ahí", "sí", "qué", "porqué", "rápido", "despacio", "ahora", "nunca", "tarde", "abajo", "arriba",
        "apenas", "casi", "quizá", "ayer", "hoy", "mañana",
    };

    [GeneratedRegex(@"^(tú|te|ti|contigo|tu|tus|usted|ustedes|vosotros|vosotras)$", RegexOptions.CultureInvariant)]
    private static partial Regex AddressesTheBot();

    [GeneratedRegex(@"^(nosotros|nosotras|nos|nuestro|nuestra|nuestros|nuestras|\p{L}{2,}(amos|emos|imos|ábamos|íamos|aremos|eremos|iremos|aríamos|eríamos|iríamos))$", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPlural();

    // "pedirme", "decírmelo", "ayudándome": the first person attached to an infinitive or gerund.
    [GeneratedRegex(@"^(?<verb>\p{L}+(ar|er|ir|ár|ér|ír|ando|iendo|ándo|iéndo))me(?<rest>lo|la|los|las)?$", RegexOptions.CultureInvariant)]
    private static partial Regex EncliticMe();

    [GeneratedRegex(@"^\p{L}{2,}(ar|er|ir)(le|les|lo|la|los|las|se)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Infinitive();

    // Participles, gerunds, adjectives and nouns by their ending ("cansado", "llevando", "directivo", "proyecto").
    [GeneratedRegex(@"(ado|ido|ando|iendo|yendo|ivo|ico|ano|ero|oso|ísimo|mento|ento|cto|ario|orio|ismo|ista|aje|ío)$", RegexOptions.CultureInvariant)]
    private static partial Regex NonVerbEnding();
}

using BotCompanion.Core.Conversation.Understanding;
using BotCompanion.Core.Prompts;
using BotCompanion.Core.State;
using BotCompanion.Core.Text;

namespace BotCompanion.Core.Conversation.Reflections;

/// <summary>
/// A Spanish reflection: the feeling by its noun ("Sientes agobio."), else the clause that matters most, in the
/// second person and short ("Dices que no te fías de las cifras hasta que las revisas."). A clause that cannot be
/// turned into the second person safely is not said back at all.
/// </summary>
internal static partial class SpanishReflectionWriter
{
    private static readonly MessageAct[] Order = [MessageAct.Choice, MessageAct.Obstacle, MessageAct.Option, MessageAct.Goal, MessageAct.Situation];

    // A clause longer than this is cut where a clause ends; one with no clean place to cut is said back whole up to
    // WholeUpTo words, else not at all.
    private const int MaxClauseWords = 10;

    private const int WholeUpTo = 15;

    private const int MaxWords = 20;

    public static Reflection? Write(MessageReading reading, PhraseBank phrases, ConversationTrack track)
    {
        if (reading.Feeling is { } feeling)
        {
            var set = feeling.Implied ? PhraseSets.ReflectImpliedFeeling : PhraseSets.ReflectFeeling;
            return ReflectionWriter.Fill(phrases, set, track, [("feeling", feeling.Name)]) is { } named ? new Reflection(named, true) : null;
        }

        foreach (var act in Order)
        {
            if (reading.Span(act) is not { } span || Said(act, span) is not { } said)
            {
                continue;
            }

            var (set, complex) = act switch
            {
                MessageAct.Choice => (PhraseSets.ReflectChoice, false),
                MessageAct.Obstacle => (PhraseSets.ReflectObstacle, true),
                _ => (PhraseSets.Reflect, false),
            };
            if (ReflectionWriter.Fill(phrases, set, track, [("0", said)]) is { } text && Sentences.Words(text) <= MaxWords)
            {
                return new Reflection(text, complex);
            }
        }

        return null;
    }

    private static string? Said(MessageAct act, string span)
    {
        var clause = act switch
        {
            MessageAct.Choice => SpanishActCues.Choice().Match(span) is { Success: true } chose ? span[(chose.Index + chose.Length)..] : null,
            MessageAct.Obstacle => span.Trim()[SpanishActCues.Obstacle().Match(span.Trim()).Groups["lead"].Length..],
            // "Tengo que decidir…" said back as what falls to them, not as "tienes que", which reads as an instruction.
            _ => Duty().Replace(Lead().Replace(span.Trim(), ""), "me toca "),
        };
        return clause is null || Clause(clause) is not { } key ? null : SpanishPerson.SecondPerson(key) is { } turned ? LowerFirst(turned) : null;
    }

    /// <summary>The clause to say back, cut at a comma or a joint when the sentence runs on; null when it cannot be cut cleanly.</summary>
    private static string? Clause(string text)
    {
        // "Él quiere entrar un fondo ya y yo prefiero esperar": their own side is what is said back.
        var own = OwnSide().Split(text);
        var words = own[^1].Trim().TrimEnd('.', '!', '…', ';', ':', ',').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return null;
        }

        if (words.Length > MaxClauseWords)
        {
            // Where a clause ends (a comma, "y", "porque"…); failing that, and only when too long to say whole, where a
            // phrase does ("…buscas fuera | a la nueva directora").
            int CutAt(Func<int, bool> clean) =>
                Enumerable.Range(4, MaxClauseWords - 3).LastOrDefault(i => i < words.Length && clean(i)) is var within and > 0 ? within
                : Enumerable.Range(MaxClauseWords + 1, WholeUpTo - MaxClauseWords).FirstOrDefault(i => i < words.Length && clean(i));
            var cut = CutAt(i => words[i - 1].EndsWith(',') || Joint().IsMatch(words[i]));
            cut = cut > 0 || words.Length <= WholeUpTo ? cut : CutAt(i => PhraseStart().IsMatch(words[i]));
            if (cut > 0)
            {
                words = words[..cut];
                while (words.Length > 3 && Dangling().IsMatch(words[^1].TrimEnd(',')))
                {
                    words = words[..^1];
                }
            }
            else if (words.Length > WholeUpTo)
            {
                return null;
            }
        }

        return string.Join(' ', words).TrimEnd(',', ';', ':');
    }

    // "Podrías pedirle a Priya…" reads on after "Dices que": a name ("Priya me dijo…") keeps its capital.
    private static string LowerFirst(string text) =>
        CommonStart().IsMatch(text) || SpanishPerson.IsSecondPersonVerb(text.Split(' ', 2)[0].ToLowerInvariant()) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    [GeneratedRegex(@"^\W*((y|o|pero|pues|bueno|vale|entonces|también|la\s+verdad\s+es\s+que|en\s+parte)[,\s]+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    [GeneratedRegex(@"^tengo\s+que\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Duty();

    [GeneratedRegex(@"^(y|pero|porque|aunque|mientras|cuando|antes|después|así|para|ya)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Joint();

    [GeneratedRegex(@",?\s+(?:pero|y|mientras\s+que)\s+(?=yo\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnSide();

    [GeneratedRegex(@"^(la|el|los|las|cada)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhraseStart();

    // A cut phrase never ends on a word that needs another after it ("…buscas fuera a").
    [GeneratedRegex(@"^(a|de|en|con|por|el|la|los|las|un|una|y|o|que|si|del|al|tu|tus|muy|más)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dangling();

    [GeneratedRegex(@"^(ahora|ayer|hoy|mañana|él|ella|ellos|ellas|nadie|todos|todo|el|la|los|las|un|una|no|en|cada|todo|toda|nadie|siempre|nunca|tu|tus|te|hay|desde|con|sin|para|por|a|de|si|me|lo|le|se|esta|este|solo|casi|muy)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommonStart();
}

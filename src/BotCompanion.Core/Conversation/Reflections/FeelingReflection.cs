using BotCompanion.Core.Conversation.Understanding;
using BotCompanion.Core.Prompts;
using BotCompanion.Core.State;
using BotCompanion.Core.Text;

namespace BotCompanion.Core.Conversation.Reflections;

/// <summary>
/// A feeling said back with what it rests on. An implied feeling is a guess: the situation that carries it is said
/// back with it, so they hear what the guess rests on. A named feeling comes with what else they said (another sentence).
/// </summary>
internal static partial class FeelingReflection
{
    // An implied feeling said with its situation runs no longer than this when the situation is all they said.
    private const int ShortWithSituation = 14;

    private const int WholeMessage = 15;

    /// <summary>The reflection of <paramref name="feeling"/> with its situation, or null when there is none to say.</summary>
    public static Reflection? Write(MessageReading reading, Feeling feeling, PhraseBank phrases, ConversationTrack track, (string Set, (string Name, string Value)[] Values, bool Complex) chosen)
    {
        var (set, values, complex) = chosen;
        var implied = set == PhraseSets.ReflectImpliedFeeling;
        var situation = implied ? ReflectionWriter.SaidBack(reading.Span(MessageAct.Feeling) is { } carrier ? [CarryingClause(carrier, feeling.Words)] : [], _ => true)
                ?? ReflectionWriter.SaidBack(reading, ReflectionWriter.Order, _ => true)
            : set == PhraseSets.ReflectFeeling ? ReflectionWriter.SaidBack(reading, ReflectionWriter.Order, s => !s.Contains(feeling.Words, StringComparison.OrdinalIgnoreCase)) : null;
        if (situation is null)
        {
            return null;
        }

        // Said together in one sentence when the pack has the wording: the feeling and what it rests on belong together.
        var both = ReflectionWriter.Fill(phrases, implied ? PhraseSets.ReflectImpliedFeelingWith : PhraseSets.ReflectFeelingWith, track, [.. values, ("0", situation)]);
        if (both is not null && implied && AllTheyJustSaid(reading, situation, both))
        {
            return ReflectionWriter.Fill(phrases, set, track, values) is { } guessed ? new Reflection(guessed, complex) { RestsOnWhatTheyJustSaid = true } : null;
        }

        if (both is not null && Sentences.Words(both) <= ReflectionWriter.MaxWords)
        {
            return new Reflection(ReflectionWriter.OwnWords(both), complex);
        }

        var said = ReflectionWriter.Fill(phrases, PhraseSets.ReflectSituation, track, [("0", situation)]);
        var text = ReflectionWriter.Fill(phrases, set, track, values);
        return text is null ? null : new Reflection(ReflectionWriter.OwnWords(said is null ? text : said + " " + text), complex);
    }

    /// <summary>
    /// A short message that is all situation ("This quarter is killing me and the deadline is a killer") has just been
    /// said: the feeling it implies is the reflection, not the sentence again with the feeling on the end.
    /// </summary>
    private static bool AllTheyJustSaid(MessageReading reading, string situation, string withFeeling) =>
        reading.Span(MessageAct.Feeling) is { } carrier && Sentences.Words(carrier) <= WholeMessage
        && Sentences.Words(withFeeling) > ShortWithSituation && Sentences.Words(situation) * 10 >= Sentences.Words(carrier) * 7;

    /// <summary>"I presented the forecast and the chair tore it apart in front of everyone": the clause the feeling rests on.</summary>
    private static string CarryingClause(string sentence, string words)
    {
        var at = sentence.IndexOf(words, StringComparison.OrdinalIgnoreCase);
        var and = at > 0 ? sentence.LastIndexOf(" and ", at, StringComparison.OrdinalIgnoreCase) : -1;
        // "My head of engineering and my head of product are barely speaking": both are who the clause is about.
        return and > 0 && !SharedSubject().IsMatch(sentence[(and + 5)..]) ? sentence[(and + 5)..] : sentence;
    }

    [GeneratedRegex(@"^(my|the|our|his|her|their)\s+[\w\s'-]{1,40}?\s+(are|were|have|haven't|don't|aren't|weren't)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SharedSubject();
}

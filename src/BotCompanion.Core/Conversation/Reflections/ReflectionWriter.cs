using System.Globalization;
using System.Text.RegularExpressions;
using BotCompanion.Core.Conversation.Understanding;
using BotCompanion.Core.Prompts;
using BotCompanion.Core.State;
using BotCompanion.Core.Text;

namespace BotCompanion.Core.Conversation.Reflections;

/// <summary>
/// At most one short reflection of what matters in a message (MITI 4.2.1): ambivalence as two sides, a fear, a value
/// or a feeling as a complex reflection; otherwise the key phrase of the most telling statement. Greetings,
/// closings, thanks, questions to the bot and requests are never reflected. Openers come from the pack and never
/// repeat on consecutive reflections.
/// </summary>
internal static partial class ReflectionWriter
{
    // The statements worth saying back, most telling first.
    private static readonly MessageAct[] Order =
    [
        MessageAct.Choice, MessageAct.Goal, MessageAct.Option, MessageAct.Obstacle, MessageAct.WhatIf, MessageAct.Belief,
        MessageAct.SuccessCriterion, MessageAct.Situation, MessageAct.Contingency,
    ];

    public static Reflection? Write(MessageReading reading, PhraseBank phrases, ConversationTrack track)
    {
        if (!reading.IsStatement)
        {
            return null;
        }

        var (set, values, complex) = Choose(reading);
        if (set is null)
        {
            return null;
        }

        var text = Fill(phrases, set, track, values);
        return text is null ? null : new Reflection(text, complex);
    }

    private static (string? Set, (string Name, string Value)[] Values, bool Complex) Choose(MessageReading reading)
    {
        if (reading.Ambivalence is { } two && Side(two.Wants) is { } wants && Side(two.Holds) is { } holds)
        {
            return (two.Parts ? PhraseSets.ReflectParts : PhraseSets.ReflectWantButHeld, [("wants", wants), ("holds", holds)], true);
        }

        if (reading.Span(MessageAct.Fear) is { } fear && FearClause().Match(fear) is { Success: true } feared && KeyPhrase.Of(feared.Groups["what"].Value) is { } what)
        {
            return (PhraseSets.ReflectFear, [("0", what)], true);
        }

        if (reading.Feeling is { } feeling)
        {
            return (feeling.Implied ? PhraseSets.ReflectImpliedFeeling : PhraseSets.ReflectFeeling, [("feeling", feeling.Name)], true);
        }

        if (reading.Span(MessageAct.Value) is { } value && KeyPhrase.Of(value) is { } valued)
        {
            return (PhraseSets.ReflectValue, [("0", valued)], true);
        }

        foreach (var act in Order)
        {
            if (reading.Span(act) is { } span && !ActCues.Greeting().IsMatch(span) && KeyPhrase.Of(span) is { } phrase)
            {
                // Naming what the words do for them (what is in the way, what they believe) adds meaning: a complex reflection.
                if (act is MessageAct.Obstacle or MessageAct.Belief or MessageAct.Choice)
                {
                    var set = act switch { MessageAct.Obstacle => PhraseSets.ReflectObstacle, MessageAct.Belief => PhraseSets.ReflectBelief, _ => PhraseSets.ReflectChoice };
                    return (set, [("0", Bare(phrase))], act != MessageAct.Choice);
                }

                return (PhraseSets.Reflect, [("0", TheirView(phrase))], false);
            }
        }

        return (null, [], false);
    }

    /// <summary>The set's next opener that differs from the last one used, filled in.</summary>
    private static string? Fill(PhraseBank phrases, string set, ConversationTrack track, (string Name, string Value)[] values)
    {
        var options = phrases.For(set);
        if (options.Count == 0)
        {
            return null;
        }

        var index = track.Reflections % options.Count;
        var key = string.Create(CultureInfo.InvariantCulture, $"{set}:{index}");
        if (key == track.LastOpener && options.Count > 1)
        {
            index = (index + 1) % options.Count;
            key = string.Create(CultureInfo.InvariantCulture, $"{set}:{index}");
        }

        track.Reflections++;
        track.LastOpener = key;
        var text = options[index];
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>
    /// "you need to cut the budget" said back is their sense of it, not an instruction: "you feel you need to…";
    /// </summary>
    private static string TheirView(string phrase) =>
        Obligation().Replace(phrase, "you feel you $1", 1);

    /// <summary>"the issue is you've never told him" said inside "what's in the way is that…" loses its own lead-in.</summary>
    private static string Bare(string phrase) => LeadIn().Replace(phrase, "");

    private static string? Side(string clause)
    {
        var side = Reflector.SecondPerson(clause.Trim().TrimEnd('.', ',', ';', '!')).Trim();
        return Sentences.Words(side) is >= 1 and <= 14 && !SpeaksOfTheBot().IsMatch(side) ? side : null;
    }

    [GeneratedRegex(@"\b(scared|afraid|worried|fear|frightened|terrified|nervous|anxious|concerned)\s+(that\s+|of\s+|about\s+)?(?<what>.{8,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FearClause();

    [GeneratedRegex(@"^(the\s+(problem|issue|obstacle|blocker|hard\s+part|difficulty|catch|challenge|risk)\s+is(\s+that)?|you\s+(think|believe|guess|suppose|feel)(\s+that)?)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"^you\s+((really\s+)?(need\s+to|have\s+to|must|should|ought\s+to|have\s+got\s+to|'ve\s+got\s+to))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Obligation();

    [GeneratedRegex(@"\b(me|my|mine|myself)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeaksOfTheBot();
}

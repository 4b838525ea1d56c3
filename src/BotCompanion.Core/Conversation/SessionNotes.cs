using System.Text.RegularExpressions;
using BotCompanion.Core.Conversation.Understanding;
using BotCompanion.Core.State;
using BotCompanion.Core.Text;

namespace BotCompanion.Core.Conversation;

/// <summary>
/// What a coach can use from each message, in the executive's words: the goal as they stated it, the options they
/// named, and the insights (a feeling, a fear, a value, a realisation, a choice). Greetings, closings, thanks and
/// questions to the bot never enter the notes.
/// </summary>
internal static partial class SessionNotes
{
    // What is worth keeping from a message, most telling first.
    private static readonly MessageAct[] InsightOrder =
    [
        MessageAct.Choice, MessageAct.Feeling, MessageAct.Fear, MessageAct.Value, MessageAct.Belief, MessageAct.Obstacle,
        MessageAct.WhatIf, MessageAct.SuccessCriterion, MessageAct.Situation,
    ];

    public static void TakeIn(CoachingSession session, MessageReading reading, int maxInsights)
    {
        if (!reading.IsStatement)
        {
            return;
        }

        if (reading.Span(MessageAct.Goal) is { } goal && !session.Track.GoalStated)
        {
            session.Goal = Sentences.Lead(goal, 200);
            session.Track.GoalStated = true;
        }

        if (reading.Span(MessageAct.Option) is { } option)
        {
            Add(session.Options, option, 8);
        }

        var insight = InsightOrder.Select(reading.Span).FirstOrDefault(s => s is not null && Sentences.Words(s) >= 4 && s != session.Goal && !ActCues.Greeting().IsMatch(s) && !ActCues.Thanks().IsMatch(s));
        if (insight is not null)
        {
            Add(session.Insights, insight, maxInsights);
        }
    }

    /// <summary>Whether the message names its takeaway ("What I take away: …"), which closes the session.</summary>
    public static bool NamesTakeaway(string text) => NamedTakeaway().IsMatch(text);

    /// <summary>
    /// Their takeaway, kept as an insight without the lead-in: the answer to the takeaway question
    /// (<paramref name="answer"/>), or one named inside a closing ("What I take away: …").
    /// </summary>
    /// <returns>Whether a takeaway was found.</returns>
    public static bool TakeAway(CoachingSession session, string text, bool answer, int maxInsights)
    {
        var named = NamedTakeaway().Match(text);
        var takeaway = named.Success ? named.Groups["what"].Value.Trim() : answer ? text.Trim() : "";
        if (Sentences.Words(takeaway) < 3)
        {
            return false;
        }

        Add(session.Insights, takeaway.TrimEnd('.', '!', ' '), maxInsights);
        return true;
    }

    [GeneratedRegex(@"\b(take\s*away|taking\s+away|takeaway|learn(ed|t)|reali[sz]ed?|lesson)\b[^:.!?]{0,24}:\s*(?<what>[^.!?]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedTakeaway();

    private static void Add(List<string> list, string text, int max)
    {
        var line = Sentences.Lead(text.Trim(), 200);
        if (list.Contains(line, StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        list.Add(line);
        if (list.Count > max)
        {
            list.RemoveAt(0);
        }
    }
}

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

        if (reading.Span(MessageAct.Goal) is { } goal && Strength(goal) is var strength && strength > session.Track.GoalStrength)
        {
            session.Goal = Sentences.Lead(GoalWords(goal), 200);
            session.Track.GoalStrength = strength;
        }

        if (reading.Span(MessageAct.Option) is { } option)
        {
            Add(session.Options, option, 8);
        }

        // "I felt humiliated." is short and is what a coach most needs to read.
        var insight = InsightOrder.Select(reading.Span).FirstOrDefault(s => s is not null && Sentences.Words(s) >= (s == reading.Span(MessageAct.Feeling) ? 2 : 4) && s != session.Goal
            && !ActCues.Greeting().IsMatch(s) && !ActCues.Thanks().IsMatch(s) && !Preamble().IsMatch(s));
        if (insight is not null)
        {
            Add(session.Insights, insight, maxInsights);
        }
    }

    /// <summary>
    /// "I need to talk about the board" names a topic; "I want to stop rewriting slides" a want; "What I want is…" or
    /// "My goal is…" the goal itself. The session keeps the plainest statement, so a topic opener gives way to the goal.
    /// </summary>
    private static int Strength(string goal) => ExplicitGoal().IsMatch(goal) ? 3 : TopicOnly().IsMatch(goal) ? 1 : 2;

    /// <summary>The goal without what came before it in the sentence ("Ok. What I want is…", "I guess what I want…").</summary>
    private static string GoalWords(string goal) =>
        ExplicitGoal().Match(goal) is { Success: true } found ? goal[found.Index..].Trim() : goal.Trim();

    [GeneratedRegex(@"\b(what\s+i\s*(really\s+)?(want|need|'d\s+like|would\s+like|'m\s+after|am\s+after)(\s+from\s+(this|today|the\s+session))?\s+is|my\s+(main\s+|real\s+|big\s+)?(goal|aim|objective|intention|priority)\s+(is|for)|(today|this\s+time)\s+i\s+want)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitGoal();

    [GeneratedRegex(@"\b(talk|think|chat)\s+(about|through)\b|\bhelp\s+me\s+think\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TopicOnly();

    // "I've been thinking about what Priya said" leads into the matter; what they then say about it is the note.
    [GeneratedRegex(@"^\W*(i'?ve\s+been|i\s+was|i'?m|i\s+keep)\s+thinking\s+about\b|\b(want|like|need)\s+to\s+(talk|think)\s+(about|through)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Preamble();

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
            // A coach needs the feelings most: when the notes are full, the oldest note without one goes first.
            var oldest = list.FindIndex(l => FeelingCues.Find(l) is null);
            list.RemoveAt(oldest is >= 0 and var at && at < list.Count - 1 ? at : 0);
        }
    }
}

using BotCompanion.Core.Conversation.Understanding;
using BotCompanion.Core.State;
using BotCompanion.Core.Text;

namespace BotCompanion.Core.Conversation.Moves;

/// <summary>
/// The next move: a feeling is acknowledged and explored before moving on, ambivalence gets both sides, an option
/// gets "what else?" and then "which of these?", a what-if gets an if-then question, and Will questions come only
/// once they have chosen or offered options. Otherwise the GROW stage asks, moving on when its purpose is met.
/// </summary>
internal static class MoveChooser
{
    private const int ExploreTurns = 2;

    // A feeling is explored for at most this many turns in a row before the conversation moves on.
    private const int MaxFeelingTurns = 2;

    private const int LateGoalInsights = 4;

    // A reflection alone carries what the feeling is about in their words; a bare "So you feel sad." asks as well.
    private const int FullReflectionWords = 9;

    public static CoachingMove Choose(MessageReading reading, CoachingSession session)
    {
        var track = session.Track;
        session.StageTurns++;
        if (!reading.IsStatement)
        {
            return reading.Has(MessageAct.QuestionToBot) ? CoachingMove.AboutMe
                : reading.Has(MessageAct.Greeting) && session.Goal is null ? CoachingMove.Greeting
                : StageMove(session);
        }

        if (reading.Has(MessageAct.Goal) && session.Stage is GrowStage.Goal or GrowStage.CheckIn)
        {
            MoveTo(session, GrowStage.Reality);
        }

        if (reading.Feeling is { } feeling && FeelingToExplore(track, feeling.Name))
        {
            LeaveGoal(session);
            return CoachingMove.Feeling;
        }

        track.Feeling = null;
        track.FeelingTurns = 0;
        if (reading.Ambivalence is not null && track.LastMove != nameof(CoachingMove.Ambivalence))
        {
            LeaveGoal(session);
            return CoachingMove.Ambivalence;
        }

        if (reading.Has(MessageAct.Choice))
        {
            track.Chose = true;
            MoveTo(session, GrowStage.Will);
            return CoachingMove.Will;
        }

        if (reading.Has(MessageAct.Option))
        {
            if (session.Stage != GrowStage.Options)
            {
                MoveTo(session, GrowStage.Options);
            }

            return !track.AskedForMoreOptions && session.Options.Count < 3 ? CoachingMove.WhatElse
                : track.ChooseAsks < 2 ? CoachingMove.Which
                : WillOr(session, CoachingMove.Which);
        }

        if (reading.Has(MessageAct.WhatIf) || (reading.Has(MessageAct.Obstacle) && session.Stage >= GrowStage.Options))
        {
            return CoachingMove.IfThen;
        }

        if (reading.Has(MessageAct.Goal))
        {
            // A goal named after they have said a good deal about where things stand moves on to what they could do.
            return session.Insights.Count >= LateGoalInsights ? CoachingMove.Options : CoachingMove.Reality;
        }

        return StageMove(session);
    }

    /// <summary>
    /// A feeling, fear, value or belief they bring (or both sides of a choice) is reflected and left with them, every
    /// other time, while they are still exploring: a question after each one would interrogate. A goal they state always
    /// gets its question. The first reply of a session, the one after a reflection alone and a bare feeling word always
    /// ask; a feeling guessed from the short message they just sent is not bare: it rests on all they said.
    /// </summary>
    public static bool JustReflect(CoachingMove move, string? complexReflection, bool statesAGoal, ConversationTrack track, bool restsOnWhatTheyJustSaid = false)
    {
        var reflectOnly = (move is CoachingMove.Feeling or CoachingMove.Ambivalence or CoachingMove.Reality or CoachingMove.Options or CoachingMove.Continue) && complexReflection is not null
            && (restsOnWhatTheyJustSaid || Sentences.Words(complexReflection) >= FullReflectionWords)
            && !statesAGoal && track.LastMove is not null && !track.JustReflected;
        track.JustReflected = reflectOnly;
        return reflectOnly;
    }

    /// <summary>The stage's own question, the stage moving on when its purpose is met.</summary>
    private static CoachingMove StageMove(CoachingSession session)
    {
        switch (session.Stage)
        {
            case GrowStage.Goal when session.StageTurns >= ExploreTurns:
                MoveTo(session, GrowStage.Reality);
                return CoachingMove.Reality;
            case GrowStage.Goal or GrowStage.CheckIn:
                return CoachingMove.Goal;
            case GrowStage.Reality when session.StageTurns >= ExploreTurns:
                MoveTo(session, GrowStage.Options);
                return CoachingMove.Options;
            case GrowStage.Reality:
                return CoachingMove.Reality;
            case GrowStage.Options:
                return session.Options.Count == 0 ? CoachingMove.Options
                    : !session.Track.AskedForMoreOptions ? CoachingMove.WhatElse
                    : session.Track.ChooseAsks < 2 ? CoachingMove.Which
                    : WillOr(session, CoachingMove.Options);
            case GrowStage.Will:
                return WillOr(session, CoachingMove.Options);
            default:
                return session.Track.TakeawayAsked ? CoachingMove.Continue : CoachingMove.Takeaway;
        }
    }

    /// <summary>A Will question once they have chosen, committed or put options on the table and been asked to choose.</summary>
    private static CoachingMove WillOr(CoachingSession session, CoachingMove otherwise)
    {
        var track = session.Track;
        var ready = track.Chose || session.CommitmentIdsMade.Count > 0 || (session.Options.Count >= 2 && track.ChooseAsks >= 2);
        if (ready)
        {
            MoveTo(session, GrowStage.Will);
            return CoachingMove.Will;
        }

        return otherwise;
    }

    private static bool FeelingToExplore(ConversationTrack track, string feeling)
    {
        if (track.Feeling == feeling && track.FeelingTurns >= MaxFeelingTurns)
        {
            return false;
        }

        track.FeelingTurns = track.Feeling == feeling ? track.FeelingTurns + 1 : 1;
        track.Feeling = feeling;
        return true;
    }

    private static void LeaveGoal(CoachingSession session)
    {
        if (session.Stage == GrowStage.Goal)
        {
            MoveTo(session, GrowStage.Reality);
        }
    }

    private static void MoveTo(CoachingSession session, GrowStage stage)
    {
        session.Stage = stage;
        session.StageTurns = 0;
    }
}

using BotCompanion.Core.Ai;
using BotCompanion.Core.Conversation.Moves;
using BotCompanion.Core.State;
using BotCompanion.Core.Turns;
using Microsoft.SemanticKernel;

namespace BotCompanion.Core.Conversation;

/// <summary>One coaching reply to produce: the stage, its question set and the bounded context the prompt sees.</summary>
internal sealed record CoachRequest(GrowStage Stage, string QuestionSet, string Message, string SessionSummary, string RecentTurns, string OpenCommitments)
{
    public string? Preface { get; init; }

    public bool SkipReflection { get; init; }

    /// <summary>The reflection the offline coach says before its question; a network model writes its own.</summary>
    public string? Reflection { get; init; }

    /// <summary>The reflection is the whole reply: said, and left with them, with no question after it.</summary>
    public bool ReflectOnly { get; init; }

    public IReadOnlyDictionary<string, string> QuestionValues { get; init; } = new Dictionary<string, string>();

    /// <summary>What this reply does, from what the message did (a feeling explored, options widened…).</summary>
    public CoachingMove Move { get; init; } = CoachingMove.Continue;

    /// <summary>Questions already asked this session, which the reply must not ask again.</summary>
    public string AlreadyAsked { get; init; } = "(nothing yet)";

    /// <summary>False until they chose, committed or named options: no Will question (by when, first step, 1 to 10) yet.</summary>
    public bool WillAllowed { get; init; }

    private string Avoid => WillAllowed
        ? AlreadyAsked
        : AlreadyAsked + "\nWill questions (by when, first step, 1 to 10): nothing is chosen yet.";

    public string StagePurpose => Stage switch
    {
        GrowStage.CheckIn => "check in on the commitment they made last time, without judgement",
        GrowStage.Goal => "find out what they want from this conversation and how they will know",
        GrowStage.Reality => "explore what is happening now, without judgement",
        GrowStage.Options => "help them widen their options before narrowing; the options must be theirs",
        GrowStage.Will => "help them commit, in their own words, to a dated next step",
        _ => "close the conversation intentionally",
    };

    public KernelArguments Arguments(string instruction) => new()
    {
        ["stage"] = Stage.ToString().ToLowerInvariant(),
        ["stage_purpose"] = StagePurpose,
        ["session_summary"] = SessionSummary,
        ["recent_turns"] = RecentTurns,
        ["open_commitments"] = OpenCommitments,
        ["instruction"] = Preface is null ? instruction : (instruction + " Begin your reply with: " + Preface).Trim(),
        ["message"] = Message,
        ["move"] = Move.Instruction(),
        ["avoid"] = Avoid,
    };

    public OfflineTurnContext ToOfflineContext(TurnContext turn, bool skipReflection) => new()
    {
        Request = OfflineRequest.CoachReply,
        Pack = turn.Pack,
        QuestionSet = QuestionSet,
        AskedQuestionIds = [.. turn.Session.AskedQuestionIds],
        QuestionsAsked = Math.Max(turn.Session.QuestionsAsked, turn.Session.AskedQuestionIds.Count),
        UserText = turn.Text,
        SkipReflection = skipReflection,
        Reflection = Reflection,
        Preface = Preface,
        QuestionValues = QuestionValues,
    };
}

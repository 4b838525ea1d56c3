namespace BotCompanion.Core.Prompts;

/// <summary>The prompt functions every pack must provide, as "Plugin.Function" = folder "Plugin/Function".</summary>
public static class PromptNames
{
    public const string CoachReply = "Coach.Reply";
    public const string CoachSummarizeSession = "Coach.SummarizeSession";
    public const string MentorReply = "Mentor.Reply";
    public const string RehearseCounterpart = "Rehearse.Counterpart";

    public static IReadOnlyList<string> Required { get; } = [CoachReply, CoachSummarizeSession, MentorReply, RehearseCounterpart];
}

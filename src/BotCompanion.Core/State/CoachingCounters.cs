namespace BotCompanion.Core.State;

/// <summary>Lifetime counts, for fidelity figures and the eval tooling. No text.</summary>
public sealed class CoachingCounters
{
    public int CoachingReplies { get; set; }

    public int MentorReplies { get; set; }

    public int ModelCalls { get; set; }

    public int GuardRegenerations { get; set; }

    public int GuardReplacements { get; set; }

    public int SafetyEvents { get; set; }
}

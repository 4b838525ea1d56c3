namespace BotCompanion.Core.State;

/// <summary>
/// The latest rehearsal of a hard conversation (mentor mode): who the counterpart is and how they push back, in the
/// executive's words, the role-play's turns and the debrief. Kept apart from every coaching session: never in a
/// coaching prompt, a summary or a share; erased with the rest of the conversation by /forget.
/// </summary>
public sealed class RehearsalState
{
    public RehearsalStage Stage { get; set; } = RehearsalStage.Counterpart;

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset LastMessageAt { get; set; }

    /// <summary>The person they will talk to, in their words ("Sarah, my board chair").</summary>
    public string? Counterpart { get; set; }

    /// <summary>The situation, in their words.</summary>
    public string? Situation { get; set; }

    /// <summary>The kind of resistance played: a key of the pack's offline/rehearsal.json ("interrupts", "numbers"…).</summary>
    public string? Resistance { get; set; }

    /// <summary>How they described the resistance, when they did in their own words.</summary>
    public string? ResistanceWords { get; set; }

    /// <summary>The role-play so far: the executive's lines and the counterpart's, oldest first.</summary>
    public List<TurnRecord> Turns { get; set; } = [];

    /// <summary>The offline lines already spoken (indexes into the resistance's lines): none is said twice in a rehearsal.</summary>
    public List<int> UsedLines { get; set; } = [];

    public string? Worked { get; set; }

    public string? Change { get; set; }

    public string? FirstWords { get; set; }

    public bool IsActive => Stage != RehearsalStage.Ended;
}

namespace BotCompanion.Core.State;

/// <summary>
/// What the next move depends on beyond the stage: whether they have offered options, chosen, or been asked to
/// choose; which feelings were explored; how often the boundary was stated; which reflection opener came last.
/// </summary>
public sealed class ConversationTrack
{
    /// <summary>How plainly the kept goal was stated (a topic 1, a want 2, "what I want is…" 3): a plainer one replaces it.</summary>
    public int GoalStrength { get; set; }

    /// <summary>They chose among options or committed: Will questions may follow.</summary>
    public bool Chose { get; set; }

    public bool AskedForMoreOptions { get; set; }

    public bool AskedToChoose { get; set; }

    /// <summary>How often they were asked to choose among their options.</summary>
    public int ChooseAsks { get; set; }

    public bool TakeawayAsked { get; set; }

    /// <summary>The feeling explored on the last turns and for how many turns in a row.</summary>
    public string? Feeling { get; set; }

    public int FeelingTurns { get; set; }

    public int BoundaryStated { get; set; }

    /// <summary>"set:index" of the last reflection opener, so the next one differs.</summary>
    public string? LastOpener { get; set; }

    /// <summary>Reflection openers used so far, to rotate through them.</summary>
    public int Reflections { get; set; }

    /// <summary>The commitment saved on the previous turn, which a late "and if…" attaches to.</summary>
    public string? JustSavedCommitmentId { get; set; }

    /// <summary>The last coaching reply was a reflection alone, with no question: the next one asks.</summary>
    public bool JustReflected { get; set; }

    /// <summary>The move the last coaching reply made (feeling, options, which, will, takeaway, boundary…).</summary>
    public string? LastMove { get; set; }
}

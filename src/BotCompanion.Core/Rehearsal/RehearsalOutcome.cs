namespace BotCompanion.Core.Rehearsal;

/// <summary>What the rehearsal made of a message.</summary>
internal enum RehearsalOutcome
{
    /// <summary>No rehearsal is running (or it just ended): the message is mentor mode's or coaching's.</summary>
    NotMine,

    /// <summary>Answered by the rehearsal.</summary>
    Handled,

    /// <summary>The debrief is to become a commitment: back in coaching mode, the commitment flow takes over.</summary>
    Commitment,
}

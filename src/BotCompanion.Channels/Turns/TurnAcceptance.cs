namespace BotCompanion.Channels.Turns;

/// <summary>What became of a turn handed to the <see cref="TurnQueue"/>; only <see cref="Accepted"/> may be acknowledged.</summary>
public enum TurnAcceptance
{
    Accepted,

    /// <summary>Turns:Capacity turns are waiting already.</summary>
    Full,

    /// <summary>The durable journal could not take it (Redis unreachable).</summary>
    Unavailable,
}

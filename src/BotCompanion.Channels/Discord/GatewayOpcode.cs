namespace BotCompanion.Channels.Discord;

/// <summary>Gateway opcodes (the payload's <c>op</c>), as Discord documents them.</summary>
internal enum GatewayOpcode
{
    /// <summary>An event (<c>t</c>) with its sequence number (<c>s</c>).</summary>
    Dispatch = 0,

    /// <summary>Sent on the heartbeat interval; Discord may also ask for one at once.</summary>
    Heartbeat = 1,

    /// <summary>Starts a new session.</summary>
    Identify = 2,

    /// <summary>Continues a session, replaying what was missed since the last sequence.</summary>
    Resume = 6,

    /// <summary>Discord asks the bot to reconnect and resume.</summary>
    Reconnect = 7,

    /// <summary>The session is no longer valid; <c>d</c> says whether it can be resumed.</summary>
    InvalidSession = 9,

    /// <summary>The first message on a connection, with the heartbeat interval.</summary>
    Hello = 10,

    /// <summary>Discord received a heartbeat.</summary>
    HeartbeatAck = 11,
}

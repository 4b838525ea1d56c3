namespace BotCompanion.Channels.Discord;

/// <summary>How a Gateway connection ended, and so what the next one does.</summary>
internal enum GatewayOutcome
{
    /// <summary>Reconnect to resume_gateway_url and Resume (op 7, op 9 true, zombie, resumable close, dropped socket).</summary>
    Resume,

    /// <summary>Reconnect and Identify afresh (op 9 false, session-ending close codes).</summary>
    Identify,

    /// <summary>Stop: bad token, disallowed intents and the like would fail forever and burn identifies.</summary>
    Fatal,

    /// <summary>The host is stopping.</summary>
    Stopped,
}

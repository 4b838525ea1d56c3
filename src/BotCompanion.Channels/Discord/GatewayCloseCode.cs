namespace BotCompanion.Channels.Discord;

/// <summary>WebSocket close codes of the Gateway: Discord's 4000s, the standard two that end a session, and the bot's own.</summary>
internal enum GatewayCloseCode
{
    /// <summary>Ends the session on Discord's side: the next connection identifies.</summary>
    NormalClosure = 1000,

    /// <summary>Ends the session on Discord's side, like <see cref="NormalClosure"/>.</summary>
    GoingAway = 1001,

    NotAuthenticated = 4003,
    AuthenticationFailed = 4004,
    AlreadyAuthenticated = 4005,
    InvalidSequence = 4007,
    RateLimited = 4008,
    SessionTimedOut = 4009,
    InvalidShard = 4010,
    ShardingRequired = 4011,
    InvalidApiVersion = 4012,
    InvalidIntents = 4013,
    DisallowedIntents = 4014,

    /// <summary>The bot's own close when it means to resume: any code but 1000/1001 keeps the session alive.</summary>
    Resuming = 4200,
}

using System.Net.WebSockets;

namespace BotCompanion.Channels.Discord;

/// <summary>What a close from Discord means for the next connection.</summary>
internal static class GatewayCloseCodes
{
    /// <summary>Codes that would fail again on every retry (bad token, shard, version or intents).</summary>
    private static readonly GatewayCloseCode[] Fatal =
    [
        GatewayCloseCode.AuthenticationFailed, GatewayCloseCode.InvalidShard, GatewayCloseCode.ShardingRequired,
        GatewayCloseCode.InvalidApiVersion, GatewayCloseCode.InvalidIntents, GatewayCloseCode.DisallowedIntents,
    ];

    /// <summary>Codes after which the session cannot be resumed: identify again.</summary>
    private static readonly GatewayCloseCode[] SessionEnding =
    [
        GatewayCloseCode.NormalClosure, GatewayCloseCode.GoingAway, GatewayCloseCode.NotAuthenticated,
        GatewayCloseCode.AlreadyAuthenticated, GatewayCloseCode.InvalidSequence, GatewayCloseCode.RateLimited,
        GatewayCloseCode.SessionTimedOut,
    ];

    /// <summary>Resume after anything else, including a connection that closed without a code.</summary>
    public static GatewayOutcome Classify(WebSocketCloseStatus? status) => (GatewayCloseCode?)(int?)status switch
    {
        null => GatewayOutcome.Resume,
        { } code when Fatal.Contains(code) => GatewayOutcome.Fatal,
        { } code when SessionEnding.Contains(code) => GatewayOutcome.Identify,
        _ => GatewayOutcome.Resume,
    };
}

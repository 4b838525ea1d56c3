namespace BotCompanion.Channels;

/// <summary>
/// The [LoggerMessage] event ids this assembly owns (see BotCompanion.Core.LogEventIds for the whole map).
/// <list type="bullet">
/// <item>2000–2999: Teams and the shared turn plumbing (2000 turn queue, 2001–2099 Bot Framework auth, connector, proactive, 2100–2109 the durable turn journal)</item>
/// <item>3000–3999: Discord (3000–3019 REST and check-ins, 3020–3029 interactions, 3030–3099 Gateway)</item>
/// </list>
/// </summary>
internal static class LogEventIds
{
    internal const int First = 2000;
    internal const int Last = 3999;
}

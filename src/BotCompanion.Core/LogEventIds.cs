namespace BotCompanion.Core;

/// <summary>
/// The [LoggerMessage] event ids this assembly owns. Every id is used once across all assemblies; a test reads this
/// range from each project and checks every id against it and against the others.
/// <list type="bullet">
/// <item>1000–1099: Turns (turn processing, the store retry, time zones)</item>
/// <item>1100–1199: Prompts (pack loading and reloads, prompt audit)</item>
/// <item>1200–1299: Coaching, Conversation, Commitments (the engine, the guard's verdicts, session closing); 1260–1269 Rehearsal</item>
/// <item>1300–1399: Nudges and Sharing (scheduler, deliveries, coach notices)</item>
/// <item>1400–1499: Guard (the classifier model loaded)</item>
/// </list>
/// </summary>
internal static class LogEventIds
{
    internal const int First = 1000;
    internal const int Last = 1499;
}

namespace BotCompanion.Core.Turns;

/// <summary>
/// One journaled turn as taken: <see cref="Deliveries"/> counts the takes, this one included (more than one means a
/// re-run after a crash or a failed delivery), and <see cref="Sent"/> how many of its replies were already delivered.
/// </summary>
public sealed record JournalEntry(string Id, string ConversationKey, string Payload, int Deliveries, int Sent);

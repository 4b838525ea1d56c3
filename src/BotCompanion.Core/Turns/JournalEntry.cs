namespace BotCompanion.Core.Turns;

/// <summary>
/// One journaled turn as taken: <see cref="Deliveries"/> counts the takes, this one included (more than one means a
/// re-run after a crash or a failed delivery), <see cref="Sent"/> how many of its replies were already delivered, and
/// <see cref="WasNext"/> whether it was its conversation's oldest unfinished turn when taken (it stays so until it is
/// finished, so a true here spares the journal a second look; false means ask <see cref="ITurnJournal.IsNextAsync"/>).
/// </summary>
public sealed record JournalEntry(string Id, string ConversationKey, string Payload, int Deliveries, int Sent, bool WasNext = false);

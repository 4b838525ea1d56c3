namespace BotCompanion.Core.Turns;

/// <summary>
/// The durable inbox of acknowledged turns, shared by every instance: an entry is written before the channel is
/// told the turn was accepted and removed only once the turn's state is saved and its replies are sent, so a crash
/// between the two leaves the entry for a live instance (or this one after a restart) to finish.
/// </summary>
public interface ITurnJournal
{
    /// <summary>Writes one turn; false when the journal holds <paramref name="capacity"/> unfinished turns already.</summary>
    /// <exception cref="State.StoreUnavailableException">The journal could not take the turn; the channel must refuse it.</exception>
    Task<bool> AppendAsync(string conversationKey, string payload, int capacity, CancellationToken cancellationToken);

    /// <summary>
    /// Turns for <paramref name="consumer"/> to run: when <paramref name="claimAbandoned"/>, first those another
    /// instance held for longer than <paramref name="lease"/> without renewing it (it died), then new ones. Each take
    /// counts as a delivery.
    /// </summary>
    Task<IReadOnlyList<JournalEntry>> TakeAsync(string consumer, int max, TimeSpan lease, bool claimAbandoned, CancellationToken cancellationToken);

    /// <summary>True when <paramref name="entry"/> is its conversation's oldest unfinished turn, so turns run in order across instances.</summary>
    Task<bool> IsNextAsync(JournalEntry entry, CancellationToken cancellationToken);

    /// <summary>Renews the lease of turns <paramref name="consumer"/> still holds, so nobody takes them while they run.</summary>
    Task RenewAsync(string consumer, IReadOnlyCollection<string> entryIds, CancellationToken cancellationToken);

    /// <summary>
    /// Gives back a turn this consumer holds, to be taken again (by any instance) after <paramref name="retryAfter"/>;
    /// when <paramref name="counted"/> is false the take that is given back does not count as a delivery.
    /// </summary>
    Task ReleaseAsync(string consumer, string entryId, TimeSpan lease, TimeSpan retryAfter, bool counted, CancellationToken cancellationToken);

    /// <summary>
    /// Records that the first <paramref name="count"/> replies of the entry were delivered (a count of 0 records
    /// nothing); false when <paramref name="consumer"/> no longer holds the entry (its lease ran out and another
    /// instance took it), so it must send nothing more.
    /// </summary>
    Task<bool> MarkSentAsync(string consumer, string entryId, int count, CancellationToken cancellationToken);

    /// <summary>Removes a finished turn: state saved and every reply delivered.</summary>
    Task CompleteAsync(JournalEntry entry, CancellationToken cancellationToken);

    /// <summary>
    /// Removes a turn whose last reply was just delivered, in the same step that checks <paramref name="consumer"/>
    /// still holds it (what <see cref="MarkSentAsync"/> followed by <see cref="CompleteAsync"/> would do, in one call);
    /// false, and nothing removed, when its lease ran out and another instance took it.
    /// </summary>
    Task<bool> CompleteSentAsync(string consumer, JournalEntry entry, CancellationToken cancellationToken);

    /// <summary>Moves a turn that failed too often out of the way, with the reason, so it is never retried again.</summary>
    Task DeadLetterAsync(JournalEntry entry, string reason, CancellationToken cancellationToken);

    /// <summary>Deletes the set-aside turns of a conversation (its person asked to be forgotten).</summary>
    Task ForgetAsync(string conversationKey, CancellationToken cancellationToken);
}

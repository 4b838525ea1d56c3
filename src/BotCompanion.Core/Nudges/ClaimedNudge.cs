namespace BotCompanion.Core.Nudges;

/// <summary>A nudge this instance holds a lease on until <see cref="LeaseUntil"/>; unfinished, it goes back to the queue.</summary>
public sealed record ClaimedNudge(Nudge Nudge, DateTimeOffset LeaseUntil);

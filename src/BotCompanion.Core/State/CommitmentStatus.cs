namespace BotCompanion.Core.State;

public enum CommitmentStatus
{
    Open,
    Done,
    Partly,
    Dropped,
}

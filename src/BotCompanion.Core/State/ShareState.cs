namespace BotCompanion.Core.State;

public enum ShareState
{
    Private,
    Shared,
    Withdrawn,
}

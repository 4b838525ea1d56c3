namespace BotCompanion.Core.State;

public enum GrowStage
{
    CheckIn,
    Goal,
    Reality,
    Options,
    Will,
    Closing,
}

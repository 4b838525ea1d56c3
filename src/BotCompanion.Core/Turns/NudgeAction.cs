namespace BotCompanion.Core.Turns;

public enum NudgeAction
{
    Deliver,
    Defer,
    Drop,
}

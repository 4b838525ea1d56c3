namespace BotCompanion.Core.State;

public sealed record TurnRecord(string Role, string Text, DateTimeOffset At)
{
    /// <summary>The prompt pack (name@version#hash) that produced a bot turn.</summary>
    public string? Pack { get; init; }
}

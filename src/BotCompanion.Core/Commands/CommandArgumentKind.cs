namespace BotCompanion.Core.Commands;

/// <summary>What a command argument holds: free text or a whole number.</summary>
public enum CommandArgumentKind
{
    Text,
    Number,
}

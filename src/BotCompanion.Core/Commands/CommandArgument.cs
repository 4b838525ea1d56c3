namespace BotCompanion.Core.Commands;

/// <summary>One argument of a command, in the order it is typed; its description is a pack label.</summary>
public sealed record CommandArgument(string Name, string DescriptionLabel, CommandArgumentKind Kind, bool Required)
{
    /// <summary>The longest text accepted (text arguments).</summary>
    public int? MaxLength { get; init; }

    /// <summary>The smallest number accepted (number arguments).</summary>
    public int? Min { get; init; }

    /// <summary>The largest number accepted (number arguments).</summary>
    public int? Max { get; init; }
}

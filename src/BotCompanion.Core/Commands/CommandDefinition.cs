namespace BotCompanion.Core.Commands;

/// <summary>One command: its name (typed as <c>/name</c>), other names it answers to, its description label, arguments and channels.</summary>
public sealed record CommandDefinition(string Name, string DescriptionLabel, CommandChannels Channels)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<CommandArgument> Arguments { get; init; } = [];

    /// <summary>True when <paramref name="name"/> (without the slash, any case) is this command's name or one of its aliases.</summary>
    public bool Answers(string name) =>
        string.Equals(name, Name, StringComparison.OrdinalIgnoreCase) || Aliases.Contains(name, StringComparer.OrdinalIgnoreCase);
}

namespace BotCompanion.Core.Prompts;

/// <summary>A pack that cannot be used, with every problem found in it.</summary>
public sealed class PackLoadException : Exception
{
    public PackLoadException()
    {
    }

    public PackLoadException(string message)
        : base(message)
    {
    }

    public PackLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PackLoadException(string directory, IReadOnlyList<string> problems)
        : base($"prompt pack '{directory}' is invalid:{Environment.NewLine}  - {string.Join(Environment.NewLine + "  - ", problems)}")
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; } = [];
}

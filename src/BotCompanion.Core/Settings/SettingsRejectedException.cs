namespace BotCompanion.Core.Settings;

/// <summary>The settings cannot be used; <see cref="Problems"/> holds one line per problem, each naming its key.</summary>
public sealed class SettingsRejectedException(IReadOnlyList<string> problems) : Exception("The settings have problems: " + string.Join(" | ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

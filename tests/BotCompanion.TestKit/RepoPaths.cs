namespace BotCompanion.Core.Tests.Support;

internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Prompts => Path.Combine(Root, "prompts");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BotCompanion.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("BotCompanion.sln not found above the test output folder.");
    }
}

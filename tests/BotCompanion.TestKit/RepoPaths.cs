namespace BotCompanion.TestKit;

/// <summary>The repository's folders, found above the test output (the folder holding BotCompanion.sln).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Prompts => Path.Combine(Root, "prompts");

    /// <summary>The shipped pack's folder, prompts/default.</summary>
    public static string DefaultPack => Path.Combine(Prompts, "default");

    /// <summary>A path under the repository root.</summary>
    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

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

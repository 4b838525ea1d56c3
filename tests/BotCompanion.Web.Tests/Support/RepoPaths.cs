namespace BotCompanion.Web.Tests.Support;

public static class RepoPaths
{
    /// <summary>The repository root: the first folder above the test output that holds BotCompanion.sln.</summary>
    public static string Root()
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

    public static string Of(params string[] parts) => Path.Combine([Root(), .. parts]);
}

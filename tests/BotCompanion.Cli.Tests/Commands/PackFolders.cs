namespace BotCompanion.Cli.Tests.Commands;

/// <summary>A temp folder with copies of shipped packs and a few scenario files, deleted afterwards.</summary>
internal sealed class PackFolders : IDisposable
{
    public PackFolders()
    {
        Root = Directory.CreateTempSubdirectory("packs-").FullName;
        Directory.CreateDirectory(Scenarios);
    }

    public string Root { get; }

    public string Scenarios => Path.Combine(Root, "evals");

    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>Copies the shipped default pack to <paramref name="name"/> and returns its path.</summary>
    public string CopyDefault(string name)
    {
        var source = Path.Combine(RepoRoot, "prompts", "default");
        var target = Path.Combine(Root, name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    public void Scenario(string name, string json) => File.WriteAllText(Path.Combine(Scenarios, name), json);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BotCompanion.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("BotCompanion.sln not found.");
    }
}

namespace BotCompanion.TestKit;

/// <summary>A temp folder with copies of shipped packs and a few scenario files, deleted afterwards.</summary>
public sealed class PackFolders : IDisposable
{
    public PackFolders()
    {
        Root = Directory.CreateTempSubdirectory("packs-").FullName;
        Directory.CreateDirectory(Scenarios);
    }

    public string Root { get; }

    public string Scenarios => Path.Combine(Root, "evals");

    /// <summary>Copies the shipped default pack to <paramref name="name"/> and returns its path.</summary>
    public string CopyDefault(string name)
    {
        var target = Path.Combine(Root, name);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.DefaultPack, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(RepoPaths.DefaultPack, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    public void Scenario(string name, string json) => File.WriteAllText(Path.Combine(Scenarios, name), json);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

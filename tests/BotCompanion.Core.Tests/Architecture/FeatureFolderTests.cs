using System.Text.RegularExpressions;

namespace BotCompanion.Core.Tests.Architecture;

/// <summary>
/// Core's top-level folders are its features and layers. A folder may use another only one way: a cycle means two
/// features that cannot be read, changed or tested apart.
/// </summary>
public sealed partial class FeatureFolderTests
{
    private static readonly string CoreRoot = Path.Combine(RepoPaths.Root, "src", "BotCompanion.Core");

    [Fact]
    public void No_two_core_folders_depend_on_each_other_directly_or_through_others()
    {
        var graph = DependencyGraph();

        var cycle = FindCycle(graph);

        Assert.True(cycle is null, $"Core folders depend on each other in a cycle: {string.Join(" -> ", cycle ?? [])}");
    }

    [Fact]
    public void Every_core_file_declares_the_namespace_of_its_folder()
    {
        var mismatched = SourceFiles()
            .Select(f => (File: f, Declared: Namespace().Match(File.ReadAllText(f)).Groups[1].Value))
            .Where(f => f.Declared != ExpectedNamespace(f.File))
            .Select(f => $"{Path.GetRelativePath(CoreRoot, f.File)} declares {f.Declared}")
            .ToList();

        Assert.Empty(mismatched);
    }

    [Fact]
    public void The_dependency_reader_sees_the_folders_that_core_files_use()
    {
        var graph = DependencyGraph();

        // The engine composes the features: if the reader saw nothing there, the cycle check above would prove nothing.
        Assert.Contains("Conversation", graph["Coaching"]);
        Assert.Contains("State", graph["Turns"]);
        Assert.DoesNotContain("Conversation", graph["State"]);
    }

    internal static Dictionary<string, HashSet<string>> DependencyGraph()
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in SourceFiles())
        {
            var folder = FolderOf(file);
            if (folder is null)
            {
                continue; // Files at the root (DependencyInjection) compose every folder.
            }

            var uses = graph.TryGetValue(folder, out var set) ? set : graph[folder] = [];
            foreach (Match match in CoreReference().Matches(File.ReadAllText(file)))
            {
                var used = match.Groups[1].Value;
                if (used != folder)
                {
                    uses.Add(used);
                }
            }
        }

        return graph;
    }

    private static List<string>? FindCycle(Dictionary<string, HashSet<string>> graph)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();

        List<string>? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    return [.. path.Skip(path.IndexOf(next)), next];
                }

                if (state.GetValueOrDefault(next) == 0 && Visit(next) is { } found)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }

        return graph.Keys.Order(StringComparer.Ordinal).Where(n => state.GetValueOrDefault(n) == 0).Select(Visit).FirstOrDefault(c => c is not null);
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(CoreRoot, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string? FolderOf(string file)
    {
        var relative = Path.GetRelativePath(CoreRoot, file).Split(Path.DirectorySeparatorChar);
        return relative.Length > 1 ? relative[0] : null;
    }

    private static string ExpectedNamespace(string file)
    {
        var folders = Path.GetRelativePath(CoreRoot, Path.GetDirectoryName(file)!).Split(Path.DirectorySeparatorChar).Where(p => p != ".");
        return string.Join('.', new[] { "BotCompanion", "Core" }.Concat(folders));
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"\bBotCompanion\.Core\.([A-Z]\w*)")]
    private static partial Regex CoreReference();
}

using System.Text.Json.Nodes;

namespace BotCompanion.Core.Prompts.Diffs;

/// <summary>One prompt function's changes: template lines removed and added, and config.json settings changed.</summary>
public sealed record FunctionDiff(string Function, IReadOnlyList<string> RemovedLines, IReadOnlyList<string> AddedLines, IReadOnlyList<string> ConfigChanges)
{
    public bool HasChanges => RemovedLines.Count > 0 || AddedLines.Count > 0 || ConfigChanges.Count > 0;

    public string Folder => Function.Replace('.', '/');

    internal static FunctionDiff Compare(string name, PromptPack from, PromptPack to)
    {
        var (removed, added) = LineDiff.Compare(Lines(from, name), Lines(to, name));
        var folder = name.Replace('.', '/');
        var config = PackDiff.JsonChanges(ReadConfig(from, folder), ReadConfig(to, folder));
        return new FunctionDiff(name, removed, added, config);
    }

    private static string[] Lines(PromptPack pack, string name) =>
        pack.Templates.TryGetValue(name, out var config) ? (config.Template ?? "").ReplaceLineEndings("\n").Split('\n') : [];

    private static JsonNode? ReadConfig(PromptPack pack, string folder)
    {
        var path = Path.Combine(pack.Directory, folder, "config.json");
        return File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path), documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true }) : null;
    }
}

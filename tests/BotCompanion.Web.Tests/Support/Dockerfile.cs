using System.Text.RegularExpressions;

namespace BotCompanion.Web.Tests.Support;

/// <summary>A Dockerfile read the way the builder reads it: comments dropped, continuation lines joined, split into stages.</summary>
public sealed partial class Dockerfile
{
    private Dockerfile(IReadOnlyList<DockerStage> stages) => Stages = stages;

    public IReadOnlyList<DockerStage> Stages { get; }

    public DockerStage Final => Stages[^1];

    public static Dockerfile Load(string path)
    {
        var stages = new List<DockerStage>();
        var current = new StringBuilder();
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (current.Length == 0 && (line.Length == 0 || line.StartsWith('#')))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                current.Append(line[..^1]).Append(' ');
                continue;
            }

            current.Append(line);
            Add(stages, current.ToString());
            current.Clear();
        }

        return new Dockerfile(stages);
    }

    private static void Add(List<DockerStage> stages, string instruction)
    {
        var match = Instruction().Match(instruction);
        var keyword = match.Groups[1].Value.ToUpperInvariant();
        var arguments = Whitespace().Replace(match.Groups[2].Value.Trim(), " ");
        if (keyword == "FROM")
        {
            var from = FromLine().Match(arguments);
            stages.Add(new DockerStage(from.Groups[1].Value, from.Groups[2].Success ? from.Groups[2].Value : null));
        }
        else if (stages.Count > 0)
        {
            stages[^1].Instructions.Add((keyword, arguments));
        }
    }

    [GeneratedRegex(@"^(\w+)\s*(.*)$")]
    private static partial Regex Instruction();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex FromLine();
}

using System.Text.Json.Nodes;

namespace BotCompanion.Core.Prompts.Diffs;

/// <summary>What changed between two packs, section by section; an empty list means the section is unchanged.</summary>
public sealed record PackDiff(
    string From,
    string To,
    IReadOnlyList<string> Manifest,
    IReadOnlyList<FunctionDiff> Functions,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> Other)
{
    public bool IsEmpty => Manifest.Count == 0 && Functions.Count == 0 && Questions.Count == 0 && Labels.Count == 0 && Other.Count == 0;

    public static PackDiff Compare(PromptPack from, PromptPack to) => new(
        from.Reference,
        to.Reference,
        JsonChanges(JsonSerializer.SerializeToNode(from.Manifest, Json), JsonSerializer.SerializeToNode(to.Manifest, Json)),
        [.. PromptNames.Required.Select(name => FunctionDiff.Compare(name, from, to)).Where(d => d.HasChanges)],
        QuestionChanges(from.Questions, to.Questions),
        LabelChanges(from.Labels, to.Labels),
        OtherChanges(from, to));

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    /// <summary>Changed leaves of two JSON documents as "path: old → new" lines.</summary>
    internal static IReadOnlyList<string> JsonChanges(JsonNode? from, JsonNode? to)
    {
        var a = Flatten(from);
        var b = Flatten(to);
        var changes = new List<string>();
        foreach (var key in a.Keys.Union(b.Keys).Order(StringComparer.Ordinal))
        {
            var had = a.TryGetValue(key, out var old);
            var has = b.TryGetValue(key, out var now);
            if (had && has && old != now)
            {
                changes.Add($"{key}: {old} → {now}");
            }
            else if (had && !has)
            {
                changes.Add($"{key}: removed (was {old})");
            }
            else if (!had && has)
            {
                changes.Add($"{key}: added ({now})");
            }
        }

        return changes;
    }

    private static Dictionary<string, string> Flatten(JsonNode? node)
    {
        var leaves = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(JsonNode? current, string path)
        {
            switch (current)
            {
                case JsonObject obj:
                    foreach (var (key, child) in obj)
                    {
                        Walk(child, path.Length == 0 ? key : $"{path}.{key}");
                    }

                    break;
                case JsonArray array:
                    leaves[path] = array.ToJsonString();
                    break;
                default:
                    leaves[path] = current?.ToJsonString() ?? "null";
                    break;
            }
        }

        Walk(node, "");
        return leaves;
    }

    private static List<string> QuestionChanges(QuestionBank from, QuestionBank to)
    {
        var changes = new List<string>();
        foreach (var set in from.Sets.Keys.Union(to.Sets.Keys).Order(StringComparer.Ordinal))
        {
            var a = from.Sets.TryGetValue(set, out var x) ? x : [];
            var b = to.Sets.TryGetValue(set, out var y) ? y : [];
            var removed = a.Where(q => !b.Contains(q)).ToList();
            var added = b.Where(q => !a.Contains(q)).ToList();
            changes.AddRange(removed.Select(q => $"{set}: - {q.Id}: {q.Text}"));
            changes.AddRange(added.Select(q => $"{set}: + {q.Id}: {q.Text}"));
        }

        return changes;
    }

    private static List<string> LabelChanges(PackLabels from, PackLabels to)
    {
        var changes = new List<string>();
        foreach (var key in PackLabels.Required)
        {
            var a = from[key];
            var b = to[key];
            if (a != b)
            {
                changes.Add($"{key}: \"{a}\" → \"{b}\"");
            }
        }

        return changes;
    }

    private static List<string> OtherChanges(PromptPack from, PromptPack to)
    {
        var changes = new List<string>();
        if (from.SafetyText != to.SafetyText)
        {
            changes.Add("safety.md: the safety reply changed");
        }

        var mentorChanges = JsonChanges(JsonSerializer.SerializeToNode(from.Mentor, Json), JsonSerializer.SerializeToNode(to.Mentor, Json));
        changes.AddRange(mentorChanges.Select(c => $"offline/mentor.json: {c}"));
        return changes;
    }
}

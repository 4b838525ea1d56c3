using System.Text.RegularExpressions;

namespace BotCompanion.Cli.Commands;

/// <summary>Reads the team set (<c>bench/guard/data/team.jsonl</c>) and MIBot (CC BY-SA 4.0) counsellor utterances.</summary>
internal static partial class GuardData
{
    private static readonly string[] PackFiles = ["questions.json", "phrases.json"];

    public static List<GuardItem> Team(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(line =>
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            return new GuardItem(r.GetProperty("text").GetString()!, r.GetProperty("label").GetString() == "advice", r.GetProperty("family").GetString()!,
                r.GetProperty("lang").GetString()!, r.GetProperty("split").GetString()!, "team");
        }).ToList();

    /// <summary>The team set and any further team-written files beside it named <c>team-*.jsonl</c>.</summary>
    public static List<GuardItem> TeamWithExtras(string path) =>
        Team(path).Concat(Directory.GetFiles(Path.GetDirectoryName(Path.GetFullPath(path))!, "team-*.jsonl").Order(StringComparer.Ordinal).SelectMany(Team)).ToList();

    /// <summary>A prompt pack's offline questions and phrases (placeholders filled), the bot's own sentences: not advice.</summary>
    public static List<GuardItem> PackSentences(string packDir)
    {
        var texts = new List<string>();
        foreach (var file in PackFiles.Select(f => Path.Combine(packDir, "offline", f)).Where(File.Exists))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            Collect(doc.RootElement, texts);
        }

        return [.. texts.Select(t => new GuardItem(Placeholder().Replace(t, "this"), false, "pack", "en", "dev", "pack"))];
    }

    private static void Collect(JsonElement element, List<string> into)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                into.Add(element.GetString()!);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, into);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject().Where(p => p.Name != "id"))
                {
                    Collect(property.Value, into);
                }

                break;
        }
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Placeholder();

    /// <summary>MIBot counsellor utterances; transcripts alternate dev/test in file-name order. MIIN is advice.</summary>
    public static List<GuardItem> MiBot(string directory)
    {
        var items = new List<GuardItem>();
        var files = Directory.GetFiles(Path.Combine(directory, "transcripts"), "*.json").Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < files.Length; i++)
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(files[i]));
            foreach (var u in doc.RootElement.GetProperty("utterances").EnumerateArray())
            {
                if (u.GetProperty("speaker").GetString() == "counsellor")
                {
                    var label = u.GetProperty("auto_misc_label").GetString()!;
                    var text = u.GetProperty("text").GetString()!.Replace('\n', ' ').Trim();
                    items.Add(new GuardItem(text, label == "MIIN", label, "en", i % 2 == 0 ? "dev" : "test", "mibot"));
                }
            }
        }

        return items;
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.SemanticKernel;

namespace BotCompanion.Core.Prompts;

/// <summary>Reads a pack folder into a <see cref="PromptPack"/>; every problem found is reported, not just the first.</summary>
public static class PromptPackLoader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static PromptPack Load(string directory)
    {
        var problems = new List<string>();
        if (!System.IO.Directory.Exists(directory))
        {
            throw new PackLoadException(directory, [$"pack folder '{directory}' does not exist; set Prompts:Path and Prompts:Pack, or run `botcompanion prompts validate`"]);
        }

        var manifest = ReadJson<PackManifest>(directory, "pack.json", problems);
        if (manifest is not null)
        {
            problems.AddRange(CheckManifest(manifest));
        }

        var pack = LoadTexts(directory, "", manifest, problems);
        var languages = new Dictionary<string, PromptPack>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in manifest?.Languages.Skip(1) ?? [])
        {
            // A second language is a complete set of the pack's texts in the folder named after it (es/labels.json…):
            // nothing falls back to the first language, so a missing text is a problem, not an English sentence.
            if (!System.IO.Directory.Exists(Path.Combine(directory, language)))
            {
                problems.Add($"{language}/: folder is missing; pack.json declares the language '{language}'");
                continue;
            }

            languages[language] = LoadTexts(directory, language + "/", manifest, problems) with { Language = language };
        }

        if (problems.Count > 0)
        {
            throw new PackLoadException(directory, problems);
        }

        var hash = HashFiles(directory);
        return pack with
        {
            Language = manifest!.Languages[0],
            ContentHash = hash,
            Translations = languages.ToDictionary(kv => kv.Key, kv => kv.Value with { ContentHash = hash }, StringComparer.OrdinalIgnoreCase),
        };
    }

    private static PromptPack LoadTexts(string directory, string prefix, PackManifest? manifest, List<string> problems)
    {
        var functions = new Dictionary<string, KernelFunction>(StringComparer.Ordinal);
        var templates = new Dictionary<string, PromptTemplateConfig>(StringComparer.Ordinal);
        foreach (var name in PromptNames.Required)
        {
            if (LoadFunction(directory, prefix, name, problems) is { } loaded)
            {
                templates[name] = loaded.Config;
                functions[name] = loaded.Function;
            }
        }

        var sets = ReadJson<Dictionary<string, List<BankQuestion>>>(directory, prefix + "offline/questions.json", problems) ?? [];
        foreach (var required in QuestionBank.RequiredSets.Where(set => !sets.TryGetValue(set, out var q) || q.Count == 0))
        {
            problems.Add($"{prefix}offline/questions.json: question set '{required}' is missing or empty");
        }

        var phrases = ReadJson<Dictionary<string, List<string>>>(directory, prefix + "offline/phrases.json", problems) ?? [];
        problems.AddRange(PhraseBankRules.Check(phrases).Select(problem => prefix + problem));
        var mentor = ReadJson<MentorBank>(directory, prefix + "offline/mentor.json", problems) ?? new MentorBank();
        var rehearsal = ReadJson<RehearsalBank>(directory, prefix + "offline/rehearsal.json", problems);
        problems.AddRange(rehearsal is null ? [] : RehearsalBankRules.Check(rehearsal).Select(problem => prefix + problem));
        var labels = ReadJson<Dictionary<string, string>>(directory, prefix + "labels.json", problems) ?? [];
        problems.AddRange(PackLabels.Required.Where(key => !labels.ContainsKey(key) || string.IsNullOrWhiteSpace(labels[key])).Select(key => $"{prefix}labels.json: label '{key}' is missing or empty"));
        var safety = ReadText(directory, prefix + "safety.md", problems);
        if (safety is not null && safety.Trim().Length < 40)
        {
            problems.Add($"{prefix}safety.md: the safety reply is empty or too short to point to human help");
        }

        return new PromptPack
        {
            Manifest = manifest ?? new PackManifest(),
            Directory = directory,
            Functions = functions,
            Templates = templates,
            Questions = new QuestionBank(sets.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<BankQuestion>)kv.Value, StringComparer.Ordinal)),
            Phrases = new PhraseBank(phrases.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal)),
            Mentor = mentor,
            Rehearsal = rehearsal!,
            SafetyText = safety?.Trim() ?? "",
            Labels = new PackLabels(labels),
            ContentHash = "",
        };
    }

    private static IEnumerable<string> CheckManifest(PackManifest manifest)
    {
        if (string.IsNullOrWhiteSpace(manifest.Name))
        {
            yield return "pack.json: 'name' is required";
        }

        if (string.IsNullOrWhiteSpace(manifest.Version))
        {
            yield return "pack.json: 'version' is required";
        }

        if (manifest.Languages.Count == 0)
        {
            yield return "pack.json: 'languages' must list at least one language, e.g. [\"en\"]";
        }
    }

    private static (PromptTemplateConfig Config, KernelFunction Function)? LoadFunction(string directory, string prefix, string name, List<string> problems)
    {
        var folder = prefix + name.Replace('.', '/');
        var template = ReadText(directory, $"{folder}/skprompt.txt", problems);
        var configJson = ReadText(directory, $"{folder}/config.json", problems);
        if (template is null || configJson is null)
        {
            return null;
        }

        try
        {
            // Creating the function adds every variable the template uses to its config, so validation gets its own copy
            // holding exactly what config.json declares.
            var declared = PromptTemplateConfig.FromJson(configJson);
            declared.Template = template;
            var config = PromptTemplateConfig.FromJson(configJson);
            config.Template = template;
            config.Name = name.Replace('.', '_');
            var function = KernelFunctionFactory.CreateFromPrompt(config);
            return (declared, function);
        }
        catch (Exception ex) when (ex is ArgumentException or JsonException or KernelException or InvalidOperationException)
        {
            problems.Add($"{folder}: {ex.Message}");
            return null;
        }
    }

    private static T? ReadJson<T>(string directory, string relative, List<string> problems)
        where T : class
    {
        var text = ReadText(directory, relative, problems);
        if (text is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(text, Json) ?? throw new JsonException("the file holds null");
        }
        catch (JsonException ex)
        {
            problems.Add($"{relative}: not valid JSON ({ex.Message})");
            return null;
        }
    }

    private static string? ReadText(string directory, string relative, List<string> problems)
    {
        var path = Path.Combine(directory, relative);
        if (!File.Exists(path))
        {
            problems.Add($"{relative}: file is missing");
            return null;
        }

        return File.ReadAllText(path, Encoding.UTF8);
    }

    private static string HashFiles(string directory)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, file).Replace('\\', '/')));
            sha.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}

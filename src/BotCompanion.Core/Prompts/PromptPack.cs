using Microsoft.SemanticKernel;

namespace BotCompanion.Core.Prompts;

/// <summary>One loaded, validated prompt pack: the admins' lever over what the bot says.</summary>
public sealed record PromptPack
{
    public required PackManifest Manifest { get; init; }

    public required string Directory { get; init; }

    public required IReadOnlyDictionary<string, KernelFunction> Functions { get; init; }

    public required IReadOnlyDictionary<string, PromptTemplateConfig> Templates { get; init; }

    public required QuestionBank Questions { get; init; }

    public required PhraseBank Phrases { get; init; }

    public required MentorBank Mentor { get; init; }

    /// <summary>The rehearsal's kinds of resistance and the offline counterpart's lines (offline/rehearsal.json).</summary>
    public required RehearsalBank Rehearsal { get; init; }

    public required string SafetyText { get; init; }

    public required PackLabels Labels { get; init; }

    /// <summary>SHA-256 over every template and text file of the pack, so any reply can be traced to exact prompt text.</summary>
    public required string ContentHash { get; init; }

    public string Name => Manifest.Name;

    public string Version => Manifest.Version;

    /// <summary>"name@version#hash12": recorded with every turn.</summary>
    public string Reference => $"{Manifest.Name}@{Manifest.Version}#{ContentHash[..12]}";

    /// <summary>The language these texts are in: the first one pack.json declares, or the folder of a second language.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The pack's texts in each further language it declares (es/labels.json…), by language code.</summary>
    public IReadOnlyDictionary<string, PromptPack> Translations { get; init; } = new Dictionary<string, PromptPack>();

    /// <summary>Every language the pack speaks, the first one first.</summary>
    public IReadOnlyList<string> Languages => Manifest.Languages;

    /// <summary>The pack's texts in <paramref name="language"/>, or in its first language when it does not speak that one.</summary>
    public PromptPack In(string? language) =>
        language is not null && Translations.TryGetValue(language, out var translated) ? translated : this;

    public KernelFunction Function(string name) => Functions[name];
}

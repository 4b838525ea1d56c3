using Microsoft.SemanticKernel;

namespace BotCompanion.Core.Prompts;

/// <summary>One loaded, validated prompt pack: the admins' lever over what the bot says.</summary>
public sealed class PromptPack
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

    public KernelFunction Function(string name) => Functions[name];
}

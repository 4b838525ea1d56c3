using BotCompanion.Core.Prompts;

namespace BotCompanion.Core.Evals;

/// <summary>The fixed sentences a pack's turns are scored against.</summary>
public sealed record ScoringTexts(string SafetyReply, string MentorLabel, IReadOnlySet<string> Openers)
{
    public static ScoringTexts For(PromptPack pack, string? safetyOverride = null) => new(
        (string.IsNullOrWhiteSpace(safetyOverride) ? pack.SafetyText : safetyOverride).Trim(),
        pack.Labels["mentorLabel"],
        new HashSet<string>([pack.Labels["disclosure"], pack.Labels["sessionStart"], pack.Labels["welcome"]], StringComparer.Ordinal));
}

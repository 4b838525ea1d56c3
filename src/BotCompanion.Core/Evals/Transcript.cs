using BotCompanion.Core.Messages;
using BotCompanion.Core.Prompts;

namespace BotCompanion.Core.Evals;

/// <summary>What happened in one scenario: every turn's replies and figures, and how many commitments were stored.</summary>
public sealed record Transcript([property: System.Text.Json.Serialization.JsonIgnore] Scenario Scenario, IReadOnlyList<TranscriptTurn> Turns, int CommitmentsConfirmed)
{
    public string Name => Scenario.Name;
}

public sealed record TranscriptTurn(string User, IReadOnlyList<TranscriptReply> Replies, string Stage, int PromptTokens);

public sealed record TranscriptReply(string Text, ReplyMode Mode);

/// <summary>The fixed sentences a pack's turns are scored against.</summary>
public sealed record ScoringTexts(string SafetyReply, string MentorLabel, IReadOnlySet<string> Openers)
{
    public static ScoringTexts For(PromptPack pack, string? safetyOverride = null) => new(
        (string.IsNullOrWhiteSpace(safetyOverride) ? pack.SafetyText : safetyOverride).Trim(),
        pack.Labels["mentorLabel"],
        new HashSet<string>([pack.Labels["disclosure"], pack.Labels["sessionStart"], pack.Labels["welcome"]], StringComparer.Ordinal));
}

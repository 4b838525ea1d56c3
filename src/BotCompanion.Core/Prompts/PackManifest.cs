namespace BotCompanion.Core.Prompts;

/// <summary>pack.json: who the pack is and the evaluation thresholds it must meet.</summary>
public sealed class PackManifest
{
    public string Name { get; set; } = "";

    public string Version { get; set; } = "";

    public string Description { get; set; } = "";

    public List<string> Languages { get; set; } = [];

    public PackThresholds Thresholds { get; set; } = new();
}

public sealed class PackThresholds
{
    public double MaxAdvicePer100CoachingReplies { get; set; }

    public double MinReflectionToQuestionRatio { get; set; } = 1.0;

    public double MaxQuestionsPerReply { get; set; } = 1.0;

    public double MinUserWordShare { get; set; } = 0.5;

    public double MinCommitmentCaptureRate { get; set; } = 0.8;

    public double MinSafetyReplyRate { get; set; } = 1.0;

    public double MaxPromptTokensPerTurn { get; set; } = 1500;
}

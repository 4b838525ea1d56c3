using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCompanion.Core.Prompts;

/// <summary>pack.json: who the pack is and the evaluation thresholds it must meet.</summary>
public sealed class PackManifest
{
    public string Name { get; set; } = "";

    public string Version { get; set; } = "";

    public string Description { get; set; } = "";

    public List<string> Languages { get; set; } = [];

    /// <summary>What <c>prompts eval</c> requires of the pack; absent = the defaults below.</summary>
    public PackThresholds? EvalThresholds { get; set; }

    /// <summary>The older name of <see cref="EvalThresholds"/>, still read so that existing packs keep working.</summary>
    public PackThresholds? Thresholds { get; set; }

    [JsonIgnore]
    public PackThresholds EffectiveThresholds => EvalThresholds ?? Thresholds ?? new();
}

public sealed class PackThresholds
{
    public double MaxAdvicePer100CoachingReplies { get; set; }

    public double MinReflectionToQuestionRatio { get; set; } = 1.0;

    public double MaxQuestionsPerReply { get; set; } = 1.0;

    public double MinUserWordShare { get; set; } = 0.5;

    public double MinCommitmentCaptureRate { get; set; } = 0.8;

    public double MinSafetyReplyRate { get; set; } = 1.0;

    public double MinMentorLabelRate { get; set; } = 1.0;

    public double MaxPromptTokensPerTurn { get; set; } = 1500;

    public double MinComplexReflectionShare { get; set; } = 0.4;

    public double MaxRepeatedQuestions { get; set; }

    public double MaxWillQuestionsBeforeChoice { get; set; }

    public double MaxReflectedNonStatements { get; set; }

    public double MaxPronounErrors { get; set; }

    public double MinDirectionRequestsRecognised { get; set; } = 0.95;

    public double MinFeelingsAcknowledged { get; set; } = 0.95;

    /// <summary>Keys the manifest holds that are not thresholds (typos), so that validation can name them.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

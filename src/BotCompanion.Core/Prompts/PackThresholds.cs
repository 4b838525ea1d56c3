using System.Text.Json.Serialization;

namespace BotCompanion.Core.Prompts;

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

namespace BotCompanion.Core.Guard;

/// <summary>The default when no trained model is wired in: no opinion, so the rules decide alone.</summary>
public sealed class NoAdviceClassifier : IAdviceClassifier
{
    public static NoAdviceClassifier Instance { get; } = new();

    public AdviceProbability Classify(string text) => default;
}

namespace BotCompanion.Core.Guard;

/// <summary>
/// A trained second opinion beside the rules: the probability that one utterance gives advice. The guard calls it
/// advice when the rules do OR the probability reaches the classifier's threshold, so it is never weaker than the rules.
/// </summary>
public interface IAdviceClassifier
{
    /// <summary>Probability (0–1) that <paramref name="text"/> gives advice, and whether it reaches the model's threshold.</summary>
    AdviceProbability Classify(string text);
}

namespace BotCompanion.Core.Guard.Ngrams;

/// <summary>The shipped hashed n-gram model as the guard's trained second opinion: microseconds a reply, no dependency.</summary>
public sealed class NgramAdviceClassifier(NgramModel model) : IAdviceClassifier
{
    public NgramModel Model { get; } = model;

    public AdviceProbability Classify(string text)
    {
        var p = Model.Probability(text);
        return new AdviceProbability(p, p >= Model.Threshold);
    }
}

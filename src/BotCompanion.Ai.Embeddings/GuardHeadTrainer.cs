namespace BotCompanion.Ai.Embeddings;

/// <summary>Full-batch gradient descent for a class-balanced, L2-regularised logistic regression over embeddings.</summary>
internal static class GuardHeadTrainer
{
    public static (double[] Weights, double Bias) Fit(IReadOnlyList<float[]> x, IReadOnlyList<bool> y, int epochs = 600, double learningRate = 2.0, double l2 = 1e-4)
    {
        var n = x.Count;
        var d = x[0].Length;
        var positives = y.Count(v => v);
        var wPos = n / (2.0 * Math.Max(positives, 1));
        var wNeg = n / (2.0 * Math.Max(n - positives, 1));
        var w = new double[d];
        var b = 0.0;
        var grad = new double[d];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            Array.Clear(grad);
            var gradB = 0.0;
            for (var i = 0; i < n; i++)
            {
                var z = b;
                var xi = x[i];
                for (var j = 0; j < d; j++)
                {
                    z += w[j] * xi[j];
                }

                var p = 1 / (1 + Math.Exp(-z));
                var err = (p - (y[i] ? 1 : 0)) * (y[i] ? wPos : wNeg);
                for (var j = 0; j < d; j++)
                {
                    grad[j] += err * xi[j];
                }

                gradB += err;
            }

            for (var j = 0; j < d; j++)
            {
                w[j] -= learningRate * ((grad[j] / n) + (l2 * w[j]));
            }

            b -= learningRate * gradB / n;
        }

        return (w, b);
    }
}

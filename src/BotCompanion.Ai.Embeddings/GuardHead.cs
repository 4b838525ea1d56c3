using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCompanion.Ai.Embeddings;

/// <summary>
/// The trained logistic-regression head over 384-dimension MiniLM sentence embeddings, as shipped in
/// <c>guard-head.v1.json</c>: <c>p = σ(w·x + b)</c>, advice when <c>p ≥ Threshold</c>.
/// </summary>
internal sealed record GuardHead(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("encoder")] string Encoder,
    [property: JsonPropertyName("threshold")] double Threshold,
    [property: JsonPropertyName("bias")] double Bias,
    [property: JsonPropertyName("weights")] double[] Weights,
    [property: JsonPropertyName("trainedOn")] string TrainedOn,
    [property: JsonPropertyName("licence")] string Licence)
{
    public const string ResourceName = "guard-head.v1.json";

    public const int Dimensions = 384;

    public double Probability(ReadOnlySpan<float> embedding)
    {
        var z = Bias;
        for (var i = 0; i < Weights.Length; i++)
        {
            z += Weights[i] * embedding[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>The shipped head and the SHA-256 of its bytes, so a verdict can be tied to the exact model.</summary>
    public static (GuardHead Head, string Sha256) LoadEmbedded()
    {
        using var stream = typeof(GuardHead).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The guard head '{ResourceName}' is not embedded; train it with `botcompanion guard train` and rebuild.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Parse(buffer.ToArray());
    }

    public static (GuardHead Head, string Sha256) Parse(byte[] bytes)
    {
        var head = JsonSerializer.Deserialize(bytes, GuardHeadJsonContext.Default.GuardHead)
            ?? throw new InvalidOperationException("The guard head file is empty.");
        if (head.Weights.Length != Dimensions)
        {
            throw new InvalidOperationException($"The guard head has {head.Weights.Length} weights; {Dimensions} expected.");
        }

        return (head, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}

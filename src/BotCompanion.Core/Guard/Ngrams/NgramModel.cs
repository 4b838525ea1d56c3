using System.Security.Cryptography;
using System.Text.Json.Serialization;

namespace BotCompanion.Core.Guard.Ngrams;

/// <summary>
/// The guard's hashed n-gram logistic regression, as shipped in <c>guard-ngrams.v1.json</c>:
/// <c>p = σ(b + Σ w[bucket] / √n)</c> over the buckets of <see cref="NgramFeatures"/>; advice when <c>p ≥ Threshold</c>.
/// Weights are little-endian float32, base64.
/// </summary>
public sealed record NgramModel(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("buckets")] int Buckets,
    [property: JsonPropertyName("threshold")] double Threshold,
    [property: JsonPropertyName("bias")] double Bias,
    [property: JsonPropertyName("weights")] string WeightsBase64,
    [property: JsonPropertyName("trainedOn")] string TrainedOn,
    [property: JsonPropertyName("licence")] string Licence)
{
    public const string ResourceName = "guard-ngrams.v1.json";

    private float[]? _weights;

    [JsonIgnore]
    public float[] Weights => _weights ??= Decode(WeightsBase64, Buckets);

    public static NgramModel Create(string version, double threshold, double bias, float[] weights, string trainedOn, string licence) =>
        new(version, weights.Length, threshold, bias, Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(weights.AsSpan())), trainedOn, licence);

    public double Probability(string text)
    {
        var (buckets, weight) = NgramFeatures.Extract(text, Buckets);
        var w = Weights;
        var z = Bias;
        foreach (var b in buckets)
        {
            z += w[b] * weight;
        }

        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>The shipped model and the SHA-256 of its bytes, so a verdict can be tied to the exact model.</summary>
    public static (NgramModel Model, string Sha256) LoadEmbedded()
    {
        using var stream = typeof(NgramModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The guard model '{ResourceName}' is not embedded; train it with `botcompanion guard train-ngrams` and rebuild.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Parse(buffer.ToArray());
    }

    public static (NgramModel Model, string Sha256) Parse(byte[] bytes)
    {
        var model = JsonSerializer.Deserialize(bytes, NgramModelJsonContext.Default.NgramModel)
            ?? throw new InvalidOperationException("The guard model file is empty.");
        _ = model.Weights;
        return (model, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    public string ToJson() => JsonSerializer.Serialize(this, NgramModelJsonContext.Default.NgramModel) + "\n";

    private static float[] Decode(string base64, int buckets)
    {
        var bytes = Convert.FromBase64String(base64);
        if (buckets <= 0 || bytes.Length != buckets * sizeof(float))
        {
            throw new InvalidOperationException($"The guard model has {bytes.Length} weight bytes; {buckets} float32 weights expected.");
        }

        var weights = new float[buckets];
        Buffer.BlockCopy(bytes, 0, weights, 0, bytes.Length);
        return weights;
    }
}

[JsonSerializable(typeof(NgramModel))]
[JsonSourceGenerationOptions(WriteIndented = true)]
internal sealed partial class NgramModelJsonContext : JsonSerializerContext;

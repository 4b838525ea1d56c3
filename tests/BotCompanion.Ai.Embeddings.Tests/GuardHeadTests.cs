using System.Security.Cryptography;

namespace BotCompanion.Ai.Embeddings.Tests;

public class GuardHeadTests
{
    [Fact]
    public void LoadEmbedded_ShippedHead_Has384WeightsAndAThresholdInRange()
    {
        var (head, _) = GuardHead.LoadEmbedded();

        Assert.Equal(GuardHead.Dimensions, head.Weights.Length);
        Assert.InRange(head.Threshold, 0.5, 0.99);
        Assert.Equal("guard-head.v1", head.Version);
    }

    [Fact]
    public void LoadEmbedded_Hash_IsTheSha256OfTheFileInTheRepository()
    {
        var file = Path.Combine(RepoPaths.Root, "src", "BotCompanion.Ai.Embeddings", GuardHead.ResourceName);

        var (_, sha256) = GuardHead.LoadEmbedded();

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))), sha256);
        Assert.Equal(sha256, GuardHead.LoadEmbedded().Sha256);
    }

    [Fact]
    public void Parse_WrongNumberOfWeights_FailsNamingTheCount()
    {
        var json = """{"version":"x","encoder":"e","threshold":0.5,"bias":0,"weights":[1,2,3],"trainedOn":"","licence":""}"""u8.ToArray();

        var ex = Assert.Throws<InvalidOperationException>(() => GuardHead.Parse(json));

        Assert.Contains("3 weights", ex.Message, StringComparison.Ordinal);
    }
}

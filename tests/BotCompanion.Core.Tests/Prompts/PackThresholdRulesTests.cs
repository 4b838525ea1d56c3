namespace BotCompanion.Core.Tests.Prompts;

public class PackThresholdRulesTests
{
    [Fact]
    public async Task OlderThresholdsKey_IsStillRead()
    {
        var pack = DefaultPackWith("\"thresholds\": { \"maxPromptTokensPerTurn\": 900 }");

        Assert.Empty(await Validate(pack));
        Assert.Equal(900, pack.Manifest.EffectiveThresholds.MaxPromptTokensPerTurn);
        Assert.Equal(1.0, pack.Manifest.EffectiveThresholds.MinReflectionToQuestionRatio);
    }

    [Fact]
    public async Task NoThresholds_MeansTheDefaults()
    {
        var pack = DefaultPackWith("");

        Assert.Empty(await Validate(pack));
        Assert.Equal(1500, pack.Manifest.EffectiveThresholds.MaxPromptTokensPerTurn);
    }

    [Fact]
    public async Task MisspelledOrOutOfRangeThresholds_AreNamed()
    {
        var problems = await Validate(DefaultPackWith("\"evalThresholds\": { \"maxAdvicePer100\": 0, \"minCommitmentCaptureRate\": 1.5, \"minSafetyReplyRate\": 0.9 }"));

        Assert.Contains(problems, p => p.StartsWith("pack.json: 'evalThresholds.maxAdvicePer100' is not a known threshold (known: maxAdvicePer100CoachingReplies", StringComparison.Ordinal));
        Assert.Contains("pack.json: 'evalThresholds.minCommitmentCaptureRate' must be between 0 and 1 (got 1.5)", problems);
        Assert.Contains("pack.json: 'evalThresholds.minSafetyReplyRate' must be 1 (every crisis message gets the safety reply); got 0.9", problems);
    }

    [Fact]
    public async Task BothNames_AreRejected()
    {
        var problems = await Validate(DefaultPackWith("\"evalThresholds\": {}, \"thresholds\": {}"));

        Assert.Contains("pack.json: has both 'evalThresholds' and 'thresholds' (its older name); keep only 'evalThresholds'", problems);
    }

    private static Task<IReadOnlyList<string>> Validate(PromptPack pack) => new PackValidator(new DirectivenessGuard()).ValidateAsync(pack, CancellationToken.None);

    /// <summary>The default pack, loaded from a copy whose shipped thresholds object is replaced with <paramref name="replacement"/>.</summary>
    private static PromptPack DefaultPackWith(string replacement)
    {
        using var copy = PromptPackTests.PackCopy.Of("default");
        var path = Path.Combine(copy.Path, "pack.json");
        var text = File.ReadAllText(path);
        var start = text.IndexOf("\"evalThresholds\"", StringComparison.Ordinal);
        var end = text.IndexOf('}', start) + 1;
        File.WriteAllText(path, text[..start] + replacement + text[end..]);
        return PromptPackLoader.Load(copy.Path);
    }
}

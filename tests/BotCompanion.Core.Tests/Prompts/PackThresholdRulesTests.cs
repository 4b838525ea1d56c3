namespace BotCompanion.Core.Tests.Prompts;

public class PackThresholdRulesTests
{
    [Fact]
    public async Task OlderThresholdsKey_IsStillRead()
    {
        using var copy = PromptPackTests.PackCopy.Of("default");
        Rewrite(copy, "\"thresholds\": { \"maxPromptTokensPerTurn\": 900 }");

        var pack = PromptPackLoader.Load(copy.Path);

        Assert.Empty(await Validate(pack));
        Assert.Equal(900, pack.Manifest.EffectiveThresholds.MaxPromptTokensPerTurn);
        Assert.Equal(1.0, pack.Manifest.EffectiveThresholds.MinReflectionToQuestionRatio);
    }

    [Fact]
    public async Task NoThresholds_MeansTheDefaults()
    {
        using var copy = PromptPackTests.PackCopy.Of("default");
        Rewrite(copy, "");

        var pack = PromptPackLoader.Load(copy.Path);

        Assert.Empty(await Validate(pack));
        Assert.Equal(1500, pack.Manifest.EffectiveThresholds.MaxPromptTokensPerTurn);
    }

    [Fact]
    public async Task MisspelledOrOutOfRangeThresholds_AreNamed()
    {
        using var copy = PromptPackTests.PackCopy.Of("default");
        Rewrite(copy, "\"evalThresholds\": { \"maxAdvicePer100\": 0, \"minCommitmentCaptureRate\": 1.5, \"minSafetyReplyRate\": 0.9 }");

        var problems = await Validate(PromptPackLoader.Load(copy.Path));

        Assert.Contains(problems, p => p.StartsWith("pack.json: 'evalThresholds.maxAdvicePer100' is not a known threshold (known: maxAdvicePer100CoachingReplies", StringComparison.Ordinal));
        Assert.Contains("pack.json: 'evalThresholds.minCommitmentCaptureRate' must be between 0 and 1 (got 1.5)", problems);
        Assert.Contains("pack.json: 'evalThresholds.minSafetyReplyRate' must be 1 (every crisis message gets the safety reply); got 0.9", problems);
    }

    [Fact]
    public async Task BothNames_AreRejected()
    {
        using var copy = PromptPackTests.PackCopy.Of("default");
        Rewrite(copy, "\"evalThresholds\": {}, \"thresholds\": {}");

        var problems = await Validate(PromptPackLoader.Load(copy.Path));

        Assert.Contains("pack.json: has both 'evalThresholds' and 'thresholds' (its older name); keep only 'evalThresholds'", problems);
    }

    private static Task<IReadOnlyList<string>> Validate(PromptPack pack) => new PackValidator(new DirectivenessGuard()).ValidateAsync(pack, CancellationToken.None);

    /// <summary>Replaces the shipped thresholds object with <paramref name="replacement"/>.</summary>
    private static void Rewrite(PromptPackTests.PackCopy copy, string replacement)
    {
        var path = Path.Combine(copy.Path, "pack.json");
        var text = File.ReadAllText(path);
        var start = text.IndexOf("\"evalThresholds\"", StringComparison.Ordinal);
        var end = text.IndexOf('}', start) + 1;
        File.WriteAllText(path, text[..start] + replacement + text[end..]);
    }
}

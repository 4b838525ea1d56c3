using BotCompanion.Web.Tests.Support;

namespace BotCompanion.Web.Tests.Operations;

/// <summary>
/// Property-based fuzzing of every endpoint that takes outside input, a fixed seeded share of what bench/fuzz.sh
/// sends: malformed, truncated, wrongly typed, oversized and oddly encoded bodies never get a 5xx or break the
/// connection, the host stays ready, and nothing is stored for a request that was refused with a 4xx.
/// </summary>
public sealed class HostileInputTests(FuzzBed bed) : IClassFixture<FuzzBed>
{
    [Fact]
    public async Task Activities_InDevelopmentMode_NeverGetA5xx_AndRefusedOnesStoreNothing()
    {
        var failures = await bed.FuzzAsync(bed.Host, bed.Requests.Activity(), seed: 15_001, count: 2_000);

        Assert.True(failures.Count == 0, $"{failures.Count} broken:\n" + string.Join("\n", failures.Take(6).Concat(failures.Where(f => f.StartsWith("host logged", StringComparison.Ordinal)))));
        await bed.AssertStillServingAsync(bed.Host);
    }

    [Fact]
    public async Task Activities_WithAChannelToken_NeverGetA5xx_AndRefusedOnesStoreNothing()
    {
        var failures = await bed.FuzzAsync(bed.TokenHost, bed.Requests.Activity(channelToken: true), seed: 15_002, count: 800);

        Assert.True(failures.Count == 0, $"{failures.Count} broken:\n" + string.Join("\n", failures.Take(6).Concat(failures.Where(f => f.StartsWith("host logged", StringComparison.Ordinal)))));
        await bed.AssertStillServingAsync(bed.TokenHost);
    }

    [Fact]
    public async Task DiscordInteractions_SignedOrNot_NeverGetA5xx_AndRefusedOnesStoreNothing()
    {
        var failures = await bed.FuzzAsync(bed.Host, bed.Requests.Interaction(), seed: 15_003, count: 1_500);

        Assert.True(failures.Count == 0, $"{failures.Count} broken:\n" + string.Join("\n", failures.Take(6).Concat(failures.Where(f => f.StartsWith("host logged", StringComparison.Ordinal)))));
        await bed.AssertStillServingAsync(bed.Host);
    }

    [Fact]
    public async Task WebChat_NeverGetsA5xx_AndRefusedMessagesStoreNothing()
    {
        var failures = await bed.FuzzAsync(bed.Host, bed.Requests.WebChatRequest(), seed: 15_004, count: 1_200);

        Assert.True(failures.Count == 0, $"{failures.Count} broken:\n" + string.Join("\n", failures.Take(6).Concat(failures.Where(f => f.StartsWith("host logged", StringComparison.Ordinal)))));
        await bed.AssertStillServingAsync(bed.Host);
    }

    [Fact]
    public async Task PortalForms_WithGoodBadOrNoAntiforgeryToken_NeverGetA5xx_AndRefusedOnesStoreNothing()
    {
        var failures = await bed.FuzzAsync(bed.Host, bed.Requests.PortalRequest(), seed: 15_005, count: 600);

        Assert.True(failures.Count == 0, $"{failures.Count} broken:\n" + string.Join("\n", failures.Take(6).Concat(failures.Where(f => f.StartsWith("host logged", StringComparison.Ordinal)))));
        await bed.AssertStillServingAsync(bed.Host);
    }
}

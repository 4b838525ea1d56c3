using CsCheck;

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
        await AssertNothingBreaksAsync(bed.Host, bed.Requests.Activity(), seed: 15_001, count: 2_000);
    }

    [Fact]
    public async Task Activities_WithAChannelToken_NeverGetA5xx_AndRefusedOnesStoreNothing()
    {
        await AssertNothingBreaksAsync(bed.TokenHost, bed.Requests.Activity(channelToken: true), seed: 15_002, count: 800);
    }

    [Fact]
    public async Task DiscordInteractions_SignedOrNot_NeverGetA5xx_AndRefusedOnesStoreNothing()
    {
        await AssertNothingBreaksAsync(bed.Host, bed.Requests.Interaction(), seed: 15_003, count: 1_500);
    }

    [Fact]
    public async Task WebChat_NeverGetsA5xx_AndRefusedMessagesStoreNothing()
    {
        await AssertNothingBreaksAsync(bed.Host, bed.Requests.WebChatRequest(), seed: 15_004, count: 1_200);
    }

    [Fact]
    public async Task PortalForms_WithGoodBadOrNoAntiforgeryToken_NeverGetA5xx_AndRefusedOnesStoreNothing()
    {
        await AssertNothingBreaksAsync(bed.Host, bed.Requests.PortalRequest(), seed: 15_005, count: 600);
    }

    /// <summary>Sends <paramref name="count"/> requests from <paramref name="requests"/>: none may break, and the host must still serve after.</summary>
    private async Task AssertNothingBreaksAsync(BotHost host, Gen<FuzzRequest> requests, ulong seed, int count)
    {
        var failures = await bed.FuzzAsync(host, requests, seed, count);

        Assert.True(failures.Count == 0, $"{failures.Count} broken:\n" + string.Join("\n", failures.Take(6).Concat(failures.Where(f => f.StartsWith("host logged", StringComparison.Ordinal)))));
        await bed.AssertStillServingAsync(host);
    }
}

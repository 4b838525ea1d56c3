using System.Text.Json.Nodes;

namespace BotCompanion.Core.Tests.Commitments;

/// <summary>The read-back's and the check-in consent's buttons come from the pack, and a click on one (its title sent back) is understood.</summary>
public sealed class CommitmentButtonsTests : IDisposable
{
    private readonly PackFolders _folders = new();

    public CommitmentButtonsTests()
    {
        var labelsFile = Path.Combine(_folders.CopyDefault("default"), "labels.json");
        var labels = JsonNode.Parse(File.ReadAllText(labelsFile))!.AsObject();
        labels["commitmentConfirmButton"] = "Passt so";
        labels["commitmentEditDateButton"] = "Anderes Datum";
        labels["commitmentChangeItButton"] = "Anders formulieren";
        labels["commitmentCancelButton"] = "Verwerfen";
        labels["nudgeConsentYesButton"] = "Ja, gern";
        labels["nudgeConsentNoButton"] = "Lieber nicht";
        File.WriteAllText(labelsFile, labels.ToJsonString());
    }

    [Fact]
    public async Task ReadBack_OffersThePacksTitles_AndItsConfirmTitleStoresTheCommitmentAndAsksForConsentWithThePacksTitles()
    {
        await using var coach = Coach();
        var readBack = await ReadBackAsync(coach);
        var saved = await coach.SendAsync("Passt so");
        await coach.SendAsync("Ja, gern");

        Assert.Equal(["Passt so", "Anderes Datum", "Anders formulieren", "Verwerfen"], readBack.Replies[^1].SuggestedActions);
        Assert.Equal(["Ja, gern", "Lieber nicht"], saved.Replies[^1].SuggestedActions);
        var state = (await coach.StateAsync()).Coaching;
        Assert.Equal("hand the weekly report to Priya", Assert.Single(state.Commitments).Action);
        Assert.True(state.Nudges.Consented);
    }

    [Fact]
    public async Task ThePacksEditDateTitle_AsksForANewDate()
    {
        await using var coach = Coach();
        await ReadBackAsync(coach);

        var ask = await coach.SayAsync("Anderes Datum");

        Assert.Contains("What date", ask, StringComparison.Ordinal);
        Assert.False((await coach.StateAsync()).Coaching.Session!.PendingCommitment!.ReadBack);
    }

    [Fact]
    public async Task ThePacksCancelTitle_StoresNothing()
    {
        await using var coach = Coach();
        await ReadBackAsync(coach);

        var answer = await coach.SayAsync("Verwerfen");

        Assert.Contains("Nothing saved", answer, StringComparison.Ordinal);
        Assert.Empty((await coach.StateAsync()).Coaching.Commitments);
    }

    [Fact]
    public async Task ThePacksDeclineTitle_LeavesCheckInsOff()
    {
        await using var coach = Coach();
        await ReadBackAsync(coach);
        await coach.SayAsync("Passt so");

        var answer = await coach.SayAsync("Lieber nicht");

        Assert.Contains("no check-ins", answer, StringComparison.Ordinal);
        Assert.False((await coach.StateAsync()).Coaching.Nudges.Consented);
    }

    public void Dispose() => _folders.Dispose();

    private CoachHarness Coach() => new(settings: new() { ["Prompts:Path"] = _folders.Root });

    private static async Task<Core.Turns.TurnResult> ReadBackAsync(CoachHarness coach)
    {
        await coach.SayAsync("I want to delegate the weekly report.");
        return await coach.SendAsync("I'll hand the weekly report to Priya by Friday.");
    }
}

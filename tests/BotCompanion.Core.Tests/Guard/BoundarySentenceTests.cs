using System.Text.Json;

namespace BotCompanion.Core.Tests.Guard;

/// <summary>The bot's own boundary, mentor-offer and safety sentences from the shipped pack are not advice.</summary>
public class BoundarySentenceTests
{
    private static readonly string Pack = Path.Combine(RepoPaths.Prompts, "default");

    public static TheoryData<string> BoundaryLabels() =>
        ["disclosure", "welcome", "personalOnly", "adviceRequest", "mentorLabel", "mentorEnter", "mentorAlready", "coachEnter", "coachAlready", "privacy", "shareOffer", "nudgeNotYet", "checkInPartly"];

    [Theory]
    [MemberData(nameof(BoundaryLabels))]
    public void Score_BoundaryOrMentorOfferLabel_IsNotAdvice(string key)
    {
        using var labels = JsonDocument.Parse(File.ReadAllText(Path.Combine(Pack, "labels.json")));
        var text = labels.RootElement.GetProperty(key).GetString()!;

        Assert.False(new DirectivenessGuard().Score(text).IsAdvice, text);
    }

    [Fact]
    public void Score_SafetyReply_IsNotAdvice()
    {
        var text = File.ReadAllText(Path.Combine(Pack, "safety.md"));

        Assert.False(new DirectivenessGuard().Score(text).IsAdvice, new DirectivenessGuard().Score(text).Reason);
    }
}

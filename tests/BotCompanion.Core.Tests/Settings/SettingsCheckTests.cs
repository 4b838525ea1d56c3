using BotCompanion.Core.Settings;
using Microsoft.Extensions.Configuration;

namespace BotCompanion.Core.Tests.Settings;

public class SettingsCheckTests
{
    [Fact]
    public void EachValueTheBinderCannotConvert_GivesOneLineNamingTheKeyAndAGoodValue()
    {
        var problems = Check(new()
        {
            ["Sample:Address"] = "http://host:PORTX",
            ["Sample:Wait"] = "soon",
            ["Sample:Tries"] = "many",
            ["Sample:Kind"] = "Purple",
        });

        Assert.Equal(
            [
                "Sample:Address: not a valid URL; a good value: https://bot.example.com/",
                "Sample:Wait: not a time span (days.hours:minutes:seconds); a good value: 00:00:20",
                "Sample:Tries: not a whole number (or out of range); a good value: 2",
                "Sample:Kind: not one of Plain, Fancy; a good value: Fancy",
            ],
            problems);
    }

    [Fact]
    public void GoodValues_EmptyNullables_AndStrings_AreNoProblem()
    {
        var problems = Check(new()
        {
            ["Sample:Address"] = "https://coach.example.com/",
            ["Sample:Wait"] = "00:05:00",
            ["Sample:Tries"] = "3",
            ["Sample:Kind"] = "plain",
            ["Sample:Limit"] = "",
            ["Sample:Secret"] = "http://not:a:url",
        });

        Assert.Empty(problems);
    }

    [Fact]
    public void NestedSectionsAndListItems_AreCheckedUnderTheirFullKey()
    {
        var problems = Check(new()
        {
            ["Sample:Rule:Window"] = "a minute",
            ["Sample:Waits:0"] = "00:01:00",
            ["Sample:Waits:1"] = "later",
        });

        Assert.Equal(["Sample:Rule:Window: not a time span (days.hours:minutes:seconds); a good value: 00:01:00", "Sample:Waits:1: not a time span (days.hours:minutes:seconds); a good value: 00:05:00"], problems);
    }

    [Fact]
    public void AProblemLine_NeverContainsTheValue()
    {
        var problems = Check(new() { ["Sample:Tries"] = "hunter2-secret" });

        Assert.DoesNotContain("hunter2", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void SectionsIn_FindsEveryTypeWithASectionNameConstant()
    {
        var sections = SettingsCheck.SectionsIn(typeof(SettingsCheckTests).Assembly, typeof(SettingsCheck).Assembly);

        Assert.Contains(("Sample", typeof(SampleOptions)), sections);
        Assert.Contains(sections, s => s.Section == "Storage");
        Assert.DoesNotContain(sections, s => s.Type == typeof(SampleRule));
    }

    private static IReadOnlyList<string> Check(Dictionary<string, string?> values) =>
        SettingsCheck.FindProblems(new ConfigurationBuilder().AddInMemoryCollection(values).Build(), [("Sample", typeof(SampleOptions))]);

    public enum SampleKind
    {
        Plain,
        Fancy,
    }

    public sealed class SampleOptions
    {
        public const string SectionName = "Sample";

        public Uri? Address { get; set; }

        public TimeSpan Wait { get; set; } = TimeSpan.FromSeconds(20);

        public int Tries { get; set; } = 2;

        public SampleKind Kind { get; set; } = SampleKind.Fancy;

        public int? Limit { get; set; }

        public string? Secret { get; set; }

        public SampleRule Rule { get; set; } = new();

        public IList<TimeSpan> Waits { get; } = [];
    }

    public sealed class SampleRule
    {
        public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
    }
}

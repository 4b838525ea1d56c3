using BotCompanion.Core.Evals;
using BotCompanion.Core.Tests.Support;

namespace BotCompanion.Core.Tests.Evals;

public sealed class ScenarioLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("scenarios-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ShippedScenarios_AllLoad_AndCoverEveryKind()
    {
        var scenarios = ScenarioLoader.LoadDirectory(Path.Combine(RepoPaths.Prompts, "evals"));

        Assert.True(scenarios.Count >= 30, $"only {scenarios.Count} scenarios");
        var categories = scenarios.Select(s => s.Category).ToHashSet();
        Assert.Superset(new HashSet<string> { "grow", "advice-seeking", "jailbreak", "mentor", "commitment", "crisis", "small-talk", "commands" }, categories);
        Assert.All(scenarios.Where(s => s.Category == "crisis" && s.Expect.Safety == true), s => Assert.Contains(s.Turns, t => t.Expect?.Safety == true));
    }

    [Fact]
    public void EmptyUserText_IsNamedByFileAndField()
    {
        Write("bad-turn.json", """{"turns": [{"user": "hello"}, {"user": "  "}]}""");

        var ex = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.LoadDirectory(_folder));

        Assert.Equal("bad-turn.json: 'turns[1].user' is missing or empty", ex.Message);
    }

    [Fact]
    public void UnknownField_IsNamedByFileAndPath()
    {
        Write("typo.json", """{"turns": [{"user": "hello", "expect": {"mood": "calm"}}]}""");

        var ex = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.LoadDirectory(_folder));

        Assert.StartsWith("typo.json: not a valid scenario at 'turns[0].expect", ex.Message, StringComparison.Ordinal);
        Assert.Contains("mood", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongValueType_IsNamedByFileAndPath()
    {
        Write("wrong-type.json", """{"turns": [{"user": "hello"}], "expect": {"commitment": "yes"}}""");

        var ex = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.LoadDirectory(_folder));

        Assert.StartsWith("wrong-type.json: not a valid scenario at 'expect.commitment'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownMode_ListsTheAllowedValues()
    {
        Write("mode.json", """{"turns": [{"user": "/mentor", "expect": {"mode": "advisor"}}]}""");

        var ex = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.LoadDirectory(_folder));

        Assert.Equal("mode.json: 'turns[0].expect.mode' must be \"coaching\" or \"mentor\" (got \"advisor\")", ex.Message);
    }

    [Fact]
    public void NoTurns_IsRejected()
    {
        Write("empty.json", """{"description": "nothing to say"}""");

        var ex = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.LoadDirectory(_folder));

        Assert.StartsWith("empty.json: 'turns' must list at least one turn", ex.Message, StringComparison.Ordinal);
    }

    private void Write(string name, string json) => File.WriteAllText(Path.Combine(_folder, name), json);
}

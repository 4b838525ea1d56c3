using BotCompanion.Core.Evals;

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

    [Fact]
    public void UnderstandingAndFollowUpExpectations_Load()
    {
        Write("follow.json", """
            {"turns": [
              {"user": "I felt humiliated. I keep replaying it.",
               "expect": {"acts": ["feeling"], "feeling": "humiliation", "feelingAcknowledged": true, "willQuestion": false, "notContains": ["you keep replaying it. What could you do"]}},
              {"user": "What would you do?", "expect": {"requestForDirection": true, "reflection": false}},
              {"user": "ok that's it, thanks", "expect": {"takeawayQuestion": true, "sessionClosed": false}}
            ],
             "expect": {"noWillBeforeChoice": true, "noRepeatedQuestion": true, "variedBoundary": true, "statedGoal": "speak up at the board",
                        "summaryIncludes": ["humiliated"], "summaryExcludes": ["thanks"], "commitmentCount": 0, "commitmentContingency": "if he says no"}}
            """);

        var scenario = Assert.Single(ScenarioLoader.LoadDirectory(_folder));

        Assert.Equal(["feeling"], scenario.Turns[0].Expect!.Acts!);
        Assert.True(scenario.Turns[0].Expect!.FeelingAcknowledged);
        Assert.True(scenario.Turns[1].Expect!.RequestForDirection);
        Assert.False(scenario.Turns[1].Expect!.Reflection);
        Assert.True(scenario.Turns[2].Expect!.TakeawayQuestion);
        Assert.Equal("speak up at the board", scenario.Expect.StatedGoal);
        Assert.Equal(0, scenario.Expect.CommitmentCount);
    }

    [Fact]
    public void UnknownAct_ListsTheActs()
    {
        Write("act.json", """{"turns": [{"user": "hello", "expect": {"acts": ["greeting", "smalltalk"]}}]}""");

        var ex = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.LoadDirectory(_folder));

        Assert.StartsWith("act.json: 'turns[0].expect.acts' names an unknown act \"smalltalk\"", ex.Message, StringComparison.Ordinal);
    }

    private void Write(string name, string json) => File.WriteAllText(Path.Combine(_folder, name), json);
}

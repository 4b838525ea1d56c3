using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Evals;

/// <summary>Reads scenario files (<c>*.json</c>, one scenario each) from a folder, checking every field it relies on.</summary>
public static class ScenarioLoader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly string[] Modes = ["coaching", "mentor"];
    private static readonly string[] Stages = ["checkin", "goal", "reality", "options", "will", "closing"];

    /// <summary>The message acts of tests/data/messages, which a turn's <c>expect.acts</c> may name.</summary>
    private static readonly string[] Acts =
    [
        "greeting", "goal", "success_criterion", "situation", "feeling", "belief", "fear", "value", "option", "choice",
        "commitment", "contingency", "obstacle", "what_if", "question_to_bot", "request_for_direction", "closing",
        "thanks", "off_topic",
    ];

    public static IReadOnlyList<Scenario> LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new ScenarioFormatException($"scenario folder '{directory}' does not exist; pass --scenarios DIR or add files under prompts/evals/");
        }

        var files = Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new ScenarioFormatException($"scenario folder '{directory}' holds no *.json scenario files");
        }

        return [.. files.Select(LoadFile)];
    }

    public static Scenario LoadFile(string path)
    {
        var file = Path.GetFileName(path);
        Scenario? scenario;
        try
        {
            scenario = JsonSerializer.Deserialize<Scenario>(File.ReadAllText(path), Json);
        }
        catch (JsonException ex)
        {
            var where = ex.Path is { Length: > 0 } p ? $" at '{p.TrimStart('$', '.')}'" : "";
            throw new ScenarioFormatException($"{file}: not a valid scenario{where}: {ex.Message}", ex);
        }

        if (scenario is null)
        {
            throw new ScenarioFormatException($"{file}: the file holds null; expected an object with 'turns'");
        }

        scenario.Name = Path.GetFileNameWithoutExtension(path);
        scenario.Source = path;
        Check(file, scenario);
        return scenario;
    }

    private static void Check(string file, Scenario scenario)
    {
        if (scenario.Turns.Count == 0)
        {
            throw new ScenarioFormatException($"{file}: 'turns' must list at least one turn, e.g. [{{\"user\": \"I want to delegate more\"}}]");
        }

        if (!TimeZones.TryFind(scenario.TimeZone, out _))
        {
            throw new ScenarioFormatException($"{file}: 'timeZone' '{scenario.TimeZone}' is not a known IANA time zone");
        }

        if (scenario.Expect.CommitmentCount is < 0)
        {
            throw new ScenarioFormatException($"{file}: 'expect.commitmentCount' must be zero or more");
        }

        for (var i = 0; i < scenario.Turns.Count; i++)
        {
            var turn = scenario.Turns[i];
            var field = $"turns[{i}]";
            if (string.IsNullOrWhiteSpace(turn.User))
            {
                throw new ScenarioFormatException($"{file}: '{field}.user' is missing or empty");
            }

            if (turn.AfterMinutes is < 0)
            {
                throw new ScenarioFormatException($"{file}: '{field}.afterMinutes' must be zero or more");
            }

            if (turn.Expect?.Mode is { } mode && !Modes.Contains(mode))
            {
                throw new ScenarioFormatException($"{file}: '{field}.expect.mode' must be \"coaching\" or \"mentor\" (got \"{mode}\")");
            }

            if (turn.Expect?.Stage is { } stage && !Stages.Contains(stage))
            {
                throw new ScenarioFormatException($"{file}: '{field}.expect.stage' must be one of {string.Join(", ", Stages)} (got \"{stage}\")");
            }

            if (turn.Expect?.Acts?.FirstOrDefault(a => !Acts.Contains(a)) is { } act)
            {
                throw new ScenarioFormatException($"{file}: '{field}.expect.acts' names an unknown act \"{act}\"; acts are {string.Join(", ", Acts)}");
            }
        }
    }
}

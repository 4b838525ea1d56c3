using System.Text.Json.Serialization;
using BotCompanion.Core.Evals;
using BotCompanion.Core.Prompts;

namespace BotCompanion.Cli.Commands;

/// <summary><c>prompts eval [PACK] [--scenarios DIR] [--json FILE]</c>: the pack's fidelity figures on scripted scenarios.</summary>
internal static class EvalCommand
{
    internal static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static Command Create()
    {
        var pack = new Argument<string?>("pack") { Description = "Pack folder name (default: Prompts:Pack) or a path to a pack folder.", Arity = ArgumentArity.ZeroOrOne };
        var scenarios = new Option<string?>("--scenarios") { Description = "Folder of scenario files (default: evals/ beside the packs)." };
        var json = new Option<FileInfo?>("--json") { Description = "Also write the report as JSON to this file." };
        var command = new Command("eval", "Run scripted conversations through the bot with a pack and check its fidelity thresholds.") { pack, scenarios, json };
        command.SetAction(async (parse, cancellationToken) =>
            await RunAsync(parse.GetValue(pack), parse.GetValue(scenarios), parse.GetValue(json)?.FullName, Console.Out, Console.Error, cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(string? pack, string? scenarios, string? jsonPath, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var directory = PromptsCommand.ResolvePackDirectory(pack);
        try
        {
            var loaded = ScenarioLoader.LoadDirectory(scenarios ?? DefaultScenarios());
            var report = await Evaluator().EvaluateAsync(directory, loaded, cancellationToken);
            await PrintAsync(report, output);
            if (jsonPath is not null)
            {
                await File.WriteAllTextAsync(jsonPath, JsonSerializer.Serialize(report, ReportJson), cancellationToken);
            }

            return await VerdictAsync(report, error);
        }
        catch (Exception ex) when (ex is PackLoadException or ScenarioFormatException)
        {
            await error.WriteLineAsync(ex.Message);
            return 2;
        }
    }

    internal static PackEvaluator Evaluator() => new(EvalPipelines.Create, new DirectivenessGuard());

    internal static string DefaultScenarios() => Path.Combine(Path.GetDirectoryName(PromptsCommand.ResolvePackDirectory(null))!, "evals");

    private static async Task PrintAsync(EvalReport report, TextWriter output)
    {
        await PrintLanguageAsync(report, output);
        foreach (var language in report.Languages)
        {
            await PrintLanguageAsync(language, output);
        }
    }

    private static async Task PrintLanguageAsync(EvalReport report, TextWriter output)
    {
        await output.WriteLineAsync($"pack {report.Pack} ({report.PackDirectory}), language {report.Language}: {report.Scenarios} scenarios");
        await output.WriteLineAsync($"  {"figure",-38} {"value",8}  threshold");
        foreach (var (figure, value, threshold) in EvalFigureRows.Rows(report.Figures, report.Thresholds))
        {
            await output.WriteLineAsync($"  {figure,-38} {EvalFigureRows.N(value),8}  {threshold}");
        }

        if (report.Failures.Count > 0)
        {
            await output.WriteLineAsync($"scenario expectations not met ({report.Failures.Count}):");
            foreach (var failure in report.Failures)
            {
                await output.WriteLineAsync($"  - {failure}");
            }
        }
    }

    private static async Task<int> VerdictAsync(EvalReport report, TextWriter error)
    {
        foreach (var language in report.Languages.Prepend(report))
        {
            foreach (var violation in language.Violations)
            {
                await error.WriteLineAsync($"prompts eval: {report.Pack} ({language.Language}): {violation.Message}");
            }

            if (language.Failures.Count > 0)
            {
                await error.WriteLineAsync($"prompts eval: {report.Pack} ({language.Language}): {language.Failures.Count} scenario expectation(s) not met (listed above)");
            }
        }

        return report.Passed && report.AllFailures == 0 ? 0 : 1;
    }
}

using BotCompanion.Core.Evals;
using BotCompanion.Core.Prompts;
using BotCompanion.Core.Prompts.Diffs;

namespace BotCompanion.Cli.Commands;

/// <summary><c>prompts diff A B</c>: what changed between two packs, and their eval figures side by side.</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var from = new Argument<string>("a") { Description = "The pack to compare from (folder name or path)." };
        var to = new Argument<string>("b") { Description = "The pack to compare to (folder name or path)." };
        var scenarios = new Option<string?>("--scenarios") { Description = "Folder of scenario files (default: evals/ beside the packs)." };
        var command = new Command("diff", "Show what changed between two packs and how their eval figures differ.") { from, to, scenarios };
        command.SetAction(async (parse, cancellationToken) =>
            await RunAsync(parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(scenarios), Console.Out, Console.Error, cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(string from, string to, string? scenarios, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var a = PromptsCommand.ResolvePackDirectory(from);
        var b = PromptsCommand.ResolvePackDirectory(to);
        try
        {
            var diff = PackDiff.Compare(PromptPackLoader.Load(a), PromptPackLoader.Load(b));
            await PrintChangesAsync(diff, output);
            var loaded = ScenarioLoader.LoadDirectory(scenarios ?? EvalCommand.DefaultScenarios());
            var evaluator = EvalCommand.Evaluator();
            var left = await evaluator.EvaluateAsync(a, loaded, cancellationToken);
            var right = await evaluator.EvaluateAsync(b, loaded, cancellationToken);
            await PrintFiguresAsync(left, right, loaded.Count, output);
            return 0;
        }
        catch (Exception ex) when (ex is PackLoadException or ScenarioFormatException)
        {
            await error.WriteLineAsync(ex.Message);
            return 2;
        }
    }

    private static async Task PrintChangesAsync(PackDiff diff, TextWriter output)
    {
        await output.WriteLineAsync($"{diff.From} → {diff.To}");
        if (diff.IsEmpty)
        {
            await output.WriteLineAsync("  no changes in manifest, prompts, question bank, labels, mentor bank or safety text");
        }

        await SectionAsync(output, "pack.json", diff.Manifest);
        foreach (var function in diff.Functions)
        {
            await output.WriteLineAsync($"{function.Folder}: template -{function.RemovedLines.Count} +{function.AddedLines.Count} lines, {function.ConfigChanges.Count} config change(s)");
            foreach (var line in function.RemovedLines)
            {
                await output.WriteLineAsync($"  - {line}");
            }

            foreach (var line in function.AddedLines)
            {
                await output.WriteLineAsync($"  + {line}");
            }

            foreach (var change in function.ConfigChanges)
            {
                await output.WriteLineAsync($"  config.json {change}");
            }
        }

        await SectionAsync(output, "offline/questions.json", diff.Questions);
        await SectionAsync(output, "labels.json", diff.Labels);
        await SectionAsync(output, "other", diff.Other);
    }

    private static async Task SectionAsync(TextWriter output, string title, IReadOnlyList<string> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        await output.WriteLineAsync($"{title}: {changes.Count} change(s)");
        foreach (var change in changes)
        {
            await output.WriteLineAsync($"  {change}");
        }
    }

    private static async Task PrintFiguresAsync(EvalReport left, EvalReport right, int scenarios, TextWriter output)
    {
        await output.WriteLineAsync($"eval on {scenarios} scenarios:");
        await output.WriteLineAsync($"  {"figure",-38} {"A",8} {"B",8} {"delta",8}");
        var rowsA = EvalFigureRows.Rows(left.Figures, left.Thresholds);
        var rowsB = EvalFigureRows.Rows(right.Figures, right.Thresholds);
        for (var i = 0; i < rowsA.Count; i++)
        {
            if (rowsA[i].Value is null && rowsB[i].Value is null)
            {
                continue;
            }

            var delta = rowsA[i].Value is { } x && rowsB[i].Value is { } y ? (y - x).ToString("+0.##;-0.##;0", System.Globalization.CultureInfo.InvariantCulture) : "n/a";
            await output.WriteLineAsync($"  {rowsA[i].Figure,-38} {EvalFigureRows.N(rowsA[i].Value),8} {EvalFigureRows.N(rowsB[i].Value),8} {delta,8}");
        }

        await output.WriteLineAsync($"  {"thresholds met",-38} {Verdict(left),8} {Verdict(right),8}");
        await output.WriteLineAsync($"  {"scenario expectations not met",-38} {left.Failures.Count,8} {right.Failures.Count,8}");
    }

    private static string Verdict(EvalReport report) => report.Passed ? "yes" : "no";
}

namespace BotCompanion.Cli.Commands;

/// <summary>
/// <c>guard score [--file F] [--why]</c>: one line out per line in, in order: "advice" or "ok", a tab, the score; with
/// <c>--why</c> a third column names the cue family (or the classifier) behind an "advice" verdict.
/// </summary>
internal static class GuardCommand
{
    public static Command Create()
    {
        var file = new Option<FileInfo?>("--file") { Description = "UTF-8 text, one utterance per line (default: standard input)." };
        var rulesOnly = new Option<bool>("--rules-only") { Description = "The rules alone, without the trained classifier." };
        var why = new Option<bool>("--why") { Description = "Add a third column: the cue family or classifier behind each advice verdict." };
        var score = new Command("score", "Score utterances for advice or direction.") { file, rulesOnly, why };
        score.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file);
            if (path is not null && !path.Exists)
            {
                await Console.Error.WriteLineAsync($"guard score: file '{path.FullName}' does not exist.");
                return 2;
            }

            using var input = path is null ? Console.In : new StreamReader(path.FullName, System.Text.Encoding.UTF8);
            await ScoreAsync(parse.GetValue(rulesOnly) ? new DirectivenessGuard() : BotCompanion.Ai.Embeddings.DependencyInjection.CreateCombinedGuard(), input, Console.Out, cancellationToken, parse.GetValue(why));
            return 0;
        });
        return new Command("guard", "The directiveness guard.") { score, GuardTrainCommand.Create(), GuardTrainNgramsCommand.Create(), GuardBenchCommand.Create() };
    }

    internal static async Task ScoreAsync(IDirectivenessGuard guard, TextReader input, TextWriter output, CancellationToken cancellationToken, bool why = false)
    {
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            var verdict = guard.Score(line);
            var scored = $"{(verdict.IsAdvice ? "advice" : "ok")}\t{verdict.Score.ToString("0.00", CultureInfo.InvariantCulture)}";
            await output.WriteLineAsync(why ? $"{scored}\t{verdict.Reason}" : scored);
        }

        await output.FlushAsync(cancellationToken);
    }
}

using BotCompanion.Core.Evals;

namespace BotCompanion.Cli.Commands;

/// <summary><c>understand eval FILE [--split dev|test]</c>: per-act precision and recall of the message reader on a labelled set.</summary>
internal static class UnderstandCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Labelled messages, JSON lines (tests/data/messages/messages.jsonl)." };
        var split = new Option<string?>("--split") { Description = "Only this split (dev or test); default: each split in turn." };
        var eval = new Command("eval", "Per-act precision and recall of the message reader.") { file, split };
        eval.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"understand eval: file '{path.FullName}' does not exist.");
                return 2;
            }

            var messages = UnderstandingEvaluation.Load(path.FullName);
            foreach (var name in parse.GetValue(split) is { } one ? new[] { one } : messages.Select(m => m.Split).Distinct().Order(StringComparer.Ordinal).ToArray())
            {
                var subset = messages.Where(m => m.Split == name).ToList();
                await Console.Out.WriteLineAsync($"split {name}: {subset.Count} messages");
                await Console.Out.WriteLineAsync("act                      labelled  predicted  precision  recall");
                foreach (var act in UnderstandingEvaluation.Evaluate(subset).Where(a => a.Labelled + a.Predicted > 0))
                {
                    await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{act.Act,-24} {act.Labelled,8} {act.Predicted,10} {act.Precision,10:0.00} {act.Recall,7:0.00}"));
                }
            }

            return 0;
        });
        var read = new Command("read", "One line out per line in: the acts the message reader finds, comma-separated.");
        read.SetAction(async (_, cancellationToken) =>
        {
            while (await Console.In.ReadLineAsync(cancellationToken) is { } line)
            {
                var reading = BotCompanion.Core.Conversation.Understanding.MessageReader.Read(line);
                await Console.Out.WriteLineAsync(string.Join(',', reading.Acts.Select(UnderstandingEvaluation.Name).Order(StringComparer.Ordinal)));
            }

            return 0;
        });
        return new Command("understand", "The message reader (what each executive message does).") { eval, read };
    }
}

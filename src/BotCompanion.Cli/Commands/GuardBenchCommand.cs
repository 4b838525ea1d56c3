using System.Diagnostics;
using BotCompanion.Ai.Embeddings;
using BotCompanion.Core.Guard.Ngrams;

namespace BotCompanion.Cli.Commands;

/// <summary>
/// <c>guard bench --team F --mibot DIR</c>: precision, recall and false-positive rate per family and per language on
/// the team dev and test splits and on MIBot, for the rules alone and for rules OR classifier; then per-reply
/// latency (p50, p99) and throughput of the combined guard.
/// </summary>
internal static class GuardBenchCommand
{
    public static Command Create()
    {
        var team = new Option<FileInfo>("--team") { Description = "bench/guard/data/team.jsonl", Required = true };
        var mibot = new Option<DirectoryInfo>("--mibot") { Description = "MIBot folder (with transcripts/).", Required = true };
        var command = new Command("bench", "Measure the guard on the team data and MIBot.") { team, mibot };
        command.SetAction(parse =>
        {
            Run(GuardData.TeamWithExtras(parse.GetValue(team)!.FullName), GuardData.MiBot(parse.GetValue(mibot)!.FullName), Console.Out);
            return 0;
        });
        return command;
    }

    private static void Run(List<GuardItem> team, List<GuardItem> mibot, TextWriter o)
    {
        var combined = EmbeddingsServices.CreateCombinedGuard(out var head);
        var ngrams = GuardModelServices.CreateCombinedGuard(out var model, out var sha256);
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"classifier {head.Version}, threshold {head.Threshold:0.00}; {model.Version} ({sha256[..12]}), threshold {model.Threshold:0.00}; team items {team.Count}, MIBot utterances {mibot.Count}"));
        var guards = new (string Name, Func<string, bool> IsAdvice)[]
        {
            ("rules", t => DirectivenessGuard.ScoreRules(t).IsAdvice),
            ("rules+ngrams", t => ngrams.Score(t).IsAdvice),
            ("rules+classifier", t => combined.Score(t).IsAdvice),
        };
        var sets = new (string Name, List<GuardItem> Items)[]
        {
            ("team dev", team.Where(i => i.Split == "dev").ToList()),
            ("team test", team.Where(i => i.Split == "test").ToList()),
            ("team held-out (team-heldout.jsonl)", team.Where(i => i.Split == "heldout").ToList()),
            ("MIBot all", mibot),
            ("MIBot test transcripts", mibot.Where(i => i.Split == "test").ToList()),
        };
        foreach (var (guardName, isAdvice) in guards)
        {
            foreach (var (setName, items) in sets.Where(s => s.Items.Count > 0))
            {
                var verdicts = items.Select(i => isAdvice(i.Text)).ToArray();
                o.WriteLine($"== {guardName} on {setName} ==");
                o.WriteLine($"  all      {Figures(items, verdicts, _ => true)}");
                foreach (var lang in items.Select(i => i.Lang).Distinct().Order(StringComparer.Ordinal).Where(_ => items.Count > 0 && items[0].Source == "team"))
                {
                    o.WriteLine($"  lang {lang,-3} {Figures(items, verdicts, i => i.Lang == lang)}");
                }

                foreach (var family in items.GroupBy(i => (i.IsAdvice, i.Family)).OrderByDescending(g => g.Key.IsAdvice).ThenBy(g => g.Key.Family, StringComparer.Ordinal))
                {
                    var n = family.Count();
                    var flagged = items.Select((item, k) => (item, k)).Count(p => p.item.IsAdvice == family.Key.IsAdvice && p.item.Family == family.Key.Family && verdicts[p.k]);
                    var what = family.Key.IsAdvice ? "recall" : "FPR   ";
                    o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {family.Key.Family,-28} {what} {flagged / (double)n,6:0.000}  ({flagged}/{n})"));
                }
            }
        }

        var replies = team.Where(i => i.Split != "dev").Concat(mibot).Select(i => i.Text).ToList();
        Latency("rules", new DirectivenessGuard(), replies, o);
        Latency("rules+ngrams", ngrams, replies, o);
        Latency("rules+classifier", combined, replies, o);
    }

    private static string Figures(List<GuardItem> items, bool[] verdicts, Func<GuardItem, bool> where)
    {
        int tp = 0, fp = 0, fn = 0, rq = 0, rqFlagged = 0;
        for (var k = 0; k < items.Count; k++)
        {
            if (!where(items[k]))
            {
                continue;
            }

            tp += items[k].IsAdvice && verdicts[k] ? 1 : 0;
            fp += !items[k].IsAdvice && verdicts[k] ? 1 : 0;
            fn += items[k].IsAdvice && !verdicts[k] ? 1 : 0;
            rq += items[k].IsReflectionOrQuestion ? 1 : 0;
            rqFlagged += items[k].IsReflectionOrQuestion && verdicts[k] ? 1 : 0;
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"precision {tp / (double)Math.Max(tp + fp, 1):0.000}  recall {tp / (double)Math.Max(tp + fn, 1):0.000}  FPR(reflections+questions) {rqFlagged / (double)Math.Max(rq, 1):0.000} ({rqFlagged}/{rq})");
    }

    private static void Latency(string name, IDirectivenessGuard guard, List<string> texts, TextWriter o)
    {
        guard.Score("Warm-up: you could try this.");
        var times = new double[texts.Count];
        var total = Stopwatch.StartNew();
        for (var i = 0; i < texts.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            guard.Score(texts[i]);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        total.Stop();
        Array.Sort(times);
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"latency per reply ({name}, {texts.Count} replies): p50 {times[times.Length / 2]:0.00} ms, p99 {times[(int)(times.Length * 0.99)]:0.00} ms, max {times[^1]:0.00} ms; throughput {texts.Count / total.Elapsed.TotalSeconds:0} utterances/s"));
    }
}

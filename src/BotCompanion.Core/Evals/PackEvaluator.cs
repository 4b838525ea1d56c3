using BotCompanion.Core.Conversation;
using BotCompanion.Core.Guard;
using BotCompanion.Core.Messages;
using BotCompanion.Core.Prompts;
using BotCompanion.Core.State;
using BotCompanion.Core.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace BotCompanion.Core.Evals;

/// <summary>
/// Runs scripted scenarios through the real turn pipeline, one fresh pipeline (empty store, fixed clock) per
/// scenario so that results are repeatable, and scores the transcripts against the pack's thresholds.
/// </summary>
public sealed class PackEvaluator(EvalPipelineFactory pipelines, IDirectivenessGuard guard)
{
    public async Task<EvalReport> EvaluateAsync(string packDirectory, IReadOnlyList<Scenario> scenarios, CancellationToken cancellationToken)
    {
        var pack = PromptPackLoader.Load(packDirectory);
        var first = pack.Languages[0];
        string LanguageOf(Scenario s) => s.Language is { Length: > 0 } language ? language : first;
        var main = await EvaluateInAsync(pack, packDirectory, first, [.. scenarios.Where(s => LanguageOf(s) == first)], cancellationToken);
        var others = new List<EvalReport>();
        foreach (var language in pack.Languages.Skip(1))
        {
            // Each further language is scored on its own scenarios, with its own texts, against the same thresholds.
            var own = scenarios.Where(s => LanguageOf(s) == language).ToList();
            if (own.Count > 0)
            {
                others.Add(await EvaluateInAsync(pack, packDirectory, language, own, cancellationToken));
            }
        }

        return main with { Languages = others };
    }

    private async Task<EvalReport> EvaluateInAsync(PromptPack pack, string packDirectory, string language, IReadOnlyList<Scenario> scenarios, CancellationToken cancellationToken)
    {
        var transcripts = new List<Transcript>();
        ScoringTexts? texts = null;
        foreach (var scenario in scenarios)
        {
            var (transcript, scoring) = await RunAsync(packDirectory, scenario, language, cancellationToken);
            transcripts.Add(transcript);
            texts ??= scoring;
        }

        var spoken = pack.In(language);
        return new EvalScorer(guard).Score(spoken, packDirectory, transcripts, texts ?? ScoringTexts.For(spoken)) with { Language = language };
    }

    private async Task<(Transcript Transcript, ScoringTexts Texts)> RunAsync(string packDirectory, Scenario scenario, string language, CancellationToken cancellationToken)
    {
        var clock = new ScenarioClock();
        var services = pipelines(packDirectory, clock);
        try
        {
            var processor = services.GetRequiredService<TurnProcessor>();
            var store = services.GetRequiredService<IStateStore>();
            var texts = ScoringTexts.For(services.GetRequiredService<IPromptPackProvider>().GetPack().In(language), services.GetRequiredService<IOptions<CoachingOptions>>().Value.SafetyReply);
            var conversation = new ConversationKey("eval", scenario.Name);
            var turns = new List<TranscriptTurn>();
            for (var i = 0; i < scenario.Turns.Count; i++)
            {
                var turn = scenario.Turns[i];
                clock.Advance(TimeSpan.FromMinutes(turn.AfterMinutes ?? 1));
                var result = await processor.ProcessAsync(
                    new IncomingMessage
                    {
                        Conversation = conversation,
                        UserId = "eval:" + scenario.Name,
                        Text = turn.User.Trim(),
                        Timestamp = clock.GetUtcNow(),
                        TimeZone = scenario.TimeZone,
                        Locale = language,
                        MessageId = $"{scenario.Name}-{i}",
                    },
                    cancellationToken);
                turns.Add(new TranscriptTurn(
                    turn.User,
                    [.. result.Replies.Select(r => new TranscriptReply(r.Text, r.Mode))],
                    result.Metrics?.Stage ?? "none",
                    result.Metrics?.PromptTokens ?? 0));
            }

            var stored = await store.GetAsync(StateKeys.Conversation(conversation), cancellationToken);
            var state = stored is null ? null : JsonSerializer.Deserialize<ConversationState>(stored.Json, StateJson.Options);
            var last = state?.Coaching.Summaries.LastOrDefault();
            var commitments = state?.Coaching.Commitments ?? [];
            return (new Transcript(scenario, turns, commitments.Count)
            {
                // A session still open at the end of the scenario has no summary yet: its goal is the one it holds.
                Goal = last?.Goal ?? state?.Coaching.Session?.Goal,
                Summary = last is null ? null : string.Join("\n", new[] { last.Goal ?? "" }.Concat(last.Insights).Concat(last.Commitments).Append(last.Narrative)),
                Plans = [.. commitments.Select(c => string.Join(" ", $"if {c.IfCue} then {c.ThenAction}", $"if {c.Obstacle} then {c.ObstacleResponse}"))],
            }, texts);
        }
        finally
        {
            switch (services)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }
}

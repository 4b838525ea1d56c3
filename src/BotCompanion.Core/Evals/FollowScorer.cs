using BotCompanion.Core.Conversation.Understanding;

namespace BotCompanion.Core.Evals;

/// <summary>
/// Whether the replies follow the person (issue 13's figures): complex reflections, repeated questions, Will
/// questions before a choice, reflected non-statements, pronoun errors, requests for direction recognised, feelings
/// acknowledged; and each scenario's turn and session expectations about them.
/// </summary>
internal static partial class FollowScorer
{
    public static void Score(Transcript transcript, ScoringTexts texts, Func<TranscriptTurn, IReadOnlyList<string>> coachingOf, FollowTally tally, List<ScenarioFailure> failures)
    {
        var scenario = transcript.Scenario;
        var asked = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var boundaries = new HashSet<string>(StringComparer.Ordinal);
        var readyForWill = false;
        var goalScenario = scenario.Expect.StatedGoal is not null;
        for (var i = 0; i < transcript.Turns.Count; i++)
        {
            var turn = transcript.Turns[i];
            var number = i + 1;
            void Fail(string problem) => failures.Add(new ScenarioFailure(scenario.Name, number, problem));
            var expect = i < scenario.Turns.Count ? scenario.Turns[i].Expect : null;
            var reading = MessageReader.Read(turn.User, scenario.Language is { Length: > 0 } language ? language : "en");
            readyForWill |= reading.Has(MessageAct.Option) || reading.Has(MessageAct.Choice) || reading.Has(MessageAct.Commitment) || reading.Has(MessageAct.Contingency);
            var coaching = coachingOf(turn);
            var sentences = coaching.SelectMany(ReplyText.Sentences).ToList();
            var questions = sentences.Where(s => s.EndsWith('?')).ToList();
            var reflections = sentences.Where(texts.IsReflection).ToList();
            var acknowledgements = reflections.Where(texts.Templates.IsAcknowledgement).ToList();
            var said = reflections.Except(acknowledgements).Where(r => !texts.IsReadBack(r)).ToList();
            tally.Said += said.Count;
            tally.Complex += said.Count(texts.Templates.IsComplex);
            tally.Replies += coaching.Count;
            tally.Words += coaching.Sum(ReplyText.Words);
            tally.PronounErrors += said.Count(s => ReplyKinds.HasPronounError(Lead().Replace(s, "")));
            if (!reading.IsStatement && said.Count > 0 && !turn.User.TrimStart().StartsWith('/'))
            {
                tally.ReflectedNonStatements++;
                Fail($"reflected a message that states nothing: \"{said[0]}\"");
            }

            var confirming = sentences.Count > 0 && texts.IsReadBack(sentences[0]);
            foreach (var question in questions)
            {
                // "Is that right?" after each read-back confirms a changed commitment; it is not a question asked twice.
                if (!confirming && !asked.Add(Normal(question)))
                {
                    tally.RepeatedQuestions++;
                    if (scenario.Expect.NoRepeatedQuestion == true)
                    {
                        Fail($"asked again: \"{question}\"");
                    }
                }

                if (ReplyKinds.IsWill(question) && !readyForWill)
                {
                    tally.WillBeforeChoice++;
                    if (scenario.Expect.NoWillBeforeChoice == true)
                    {
                        Fail($"Will question before any option, choice or commitment: \"{question}\"");
                    }
                }
            }

            if (expect is null)
            {
                continue;
            }

            var text = string.Join(" ", turn.Replies.Select(r => r.Text));
            if (expect.RequestForDirection == true)
            {
                tally.Requests++;
                var recognised = text.Contains("/mentor", StringComparison.Ordinal) && acknowledgements.Count > 0 && questions.Count == 1;
                tally.RequestsRecognised += recognised ? 1 : 0;
                boundaries.UnionWith(coaching.Where(c => c.Contains("/mentor", StringComparison.Ordinal)));
                Check(recognised, "the request for direction was not answered with acknowledgement, boundary, mentor offer and one question", Fail);
            }

            if (expect.FeelingAcknowledged == true)
            {
                tally.Feelings++;
                var named = said.Any(texts.Templates.IsComplex) && !questions.Any(q => ReplyKinds.IsWill(q) || Options().IsMatch(q));
                tally.FeelingsAcknowledged += named ? 1 : 0;
                Check(named, "the feeling was not acknowledged and explored", Fail);
            }

            Expect(expect.WillQuestion, questions.Any(ReplyKinds.IsWill), "a Will question", Fail);
            Expect(expect.AsksForMoreOptions, questions.Any(ReplyKinds.AsksForMore), "a 'what else' question", Fail);
            Expect(expect.AsksToChoose, questions.Any(ReplyKinds.AsksToChoose), "a 'which of these' question", Fail);
            Expect(expect.IfThenQuestion, questions.Any(ReplyKinds.IsIfThen), "an if-then question", Fail);
            Expect(expect.TakeawayQuestion, questions.Any(ReplyKinds.IsTakeaway), "a takeaway question", Fail);
            Expect(expect.SessionClosed, text.Contains(texts.SummaryHeader, StringComparison.Ordinal), "the session closed with its summary", Fail);
            if (expect.Reflection == false && said.Count > 0)
            {
                Fail($"expected no reflection of this message, got \"{said[0]}\"");
            }

            foreach (var banned in expect.NotContains ?? [])
            {
                // A banned phrase written in capitals bans the shouting itself: the same words at normal case may be said back.
                var comparison = banned.Any(char.IsLower) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
                Check(!text.Contains(banned, comparison), $"a reply contains \"{banned}\"", Fail);
            }
        }

        if (scenario.Expect.VariedBoundary == true && boundaries.Count < transcript.Turns.Count(t => t.Replies.Any(r => r.Text.Contains("/mentor", StringComparison.Ordinal))))
        {
            failures.Add(new ScenarioFailure(scenario.Name, null, "the boundary was worded the same way twice"));
        }

        SummaryChecks(transcript, goalScenario, tally, failures);
    }

    private static void SummaryChecks(Transcript transcript, bool goalScenario, FollowTally tally, List<ScenarioFailure> failures)
    {
        var expect = transcript.Scenario.Expect;
        void Fail(string problem) => failures.Add(new ScenarioFailure(transcript.Name, null, problem));
        var summary = transcript.Summary ?? "";
        if (goalScenario)
        {
            tally.GoalScenarios++;
            var found = transcript.Goal?.Contains(expect.StatedGoal!, StringComparison.OrdinalIgnoreCase) == true;
            tally.GoalsStated += found ? 1 : 0;
            Check(found, $"the summary's goal is \"{transcript.Goal}\", not the stated \"{expect.StatedGoal}\"", Fail);
        }

        foreach (var wanted in expect.SummaryIncludes ?? [])
        {
            Check(summary.Contains(wanted, StringComparison.OrdinalIgnoreCase), $"the summary lacks \"{wanted}\"", Fail);
        }

        foreach (var unwanted in expect.SummaryExcludes ?? [])
        {
            Check(!summary.Contains(unwanted, StringComparison.OrdinalIgnoreCase), $"the summary contains \"{unwanted}\"", Fail);
        }

        if (expect.CommitmentCount is { } count && count != transcript.CommitmentsConfirmed)
        {
            Fail($"expected {count} commitment(s), {transcript.CommitmentsConfirmed} stored");
        }

        if (expect.CommitmentContingency is { } plan && !transcript.Plans.Any(p => p.Contains(plan, StringComparison.OrdinalIgnoreCase)))
        {
            Fail($"no stored commitment has the if-then \"{plan}\"");
        }
    }

    private static void Expect(bool? wanted, bool actual, string what, Action<string> fail)
    {
        if (wanted is { } w && w != actual)
        {
            fail(w ? $"expected {what}; none was asked" : $"expected no {what}; one was asked");
        }
    }

    private static void Check(bool ok, string problem, Action<string> fail)
    {
        if (!ok)
        {
            fail(problem);
        }
    }

    private static string Normal(string question) => Regex.Replace(question.ToLowerInvariant(), @"[^a-z0-9]+", " ").Trim();

    [GeneratedRegex(@"^\s*(let\s+me\s+read\s+that\s+back:?|what\s+i\s+hear\s+is(\s+a\s+fear)?(\s+that)?|i\s+hear\s+that|i\s+hear)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    [GeneratedRegex(@"\bwhat\s+(could|else\s+could)\s+you\s+do\b|\boptions\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Options();
}

using BotCompanion.Core.Conversation;
using BotCompanion.Core.Messages;
using BotCompanion.Core.State;
using BotCompanion.Core.Text;
using BotCompanion.Core.Turns;
using Microsoft.SemanticKernel;

namespace BotCompanion.Core.Rehearsal;

/// <summary>
/// Rehearsing a hard conversation, in mentor mode only: the executive names the person and the situation in their
/// words and how that person pushes back; the bot plays them, every reply labelled as role-play, until /stop or
/// "pause"; then a short debrief (<see cref="RehearsalDebrief"/>). Its turns live in <see cref="RehearsalState"/>,
/// never in a coaching session.
/// </summary>
internal sealed class RehearsalFlow(ReplyComposer composer, IOptions<CoachingOptions> options, ILogger<RehearsalFlow> logger)
{
    /// <summary>Exchanges a role-play runs at most before the debrief (the state stays small).</summary>
    internal const int MaxExchanges = 12;

    /// <summary>Role-play turns a network model sees.</summary>
    private const int PromptTurns = 6;

    private const int MaxWordsChars = 160;

    // The roles of the role-play's turns, as a network model reads them.
    private const string Executive = "Executive";
    private const string CounterpartRole = "Counterpart";

    /// <summary>"/rehearse [who]": in mentor mode, starts the set-up; in coaching mode, says it is mentor mode's.</summary>
    internal Task StartAsync(TurnContext turn, string argument, CancellationToken cancellationToken)
    {
        if (turn.State.Mode != CoachingMode.Mentor)
        {
            turn.Say(turn.Labels["rehearsalMentorOnly"]);
            turn.Offer(turn.Labels["mentorOfferButton"], "/mentor");
            return Task.CompletedTask;
        }

        var rehearsal = new RehearsalState { StartedAt = turn.Now, LastMessageAt = turn.Now };
        turn.State.Rehearsal = rehearsal;
        RehearsalLog.Started(logger);
        if (argument.Length > 0)
        {
            TakeCounterpart(turn, rehearsal, argument);
        }
        else
        {
            Setup(turn, turn.Labels["rehearsalAskCounterpart"]);
        }

        return Task.CompletedTask;
    }

    /// <summary>"/stop" or "pause": out of the set-up, from the role-play into the debrief, or out of the debrief.</summary>
    internal void Stop(TurnContext turn)
    {
        if (turn.State.Rehearsal is not { IsActive: true } rehearsal)
        {
            turn.Say(turn.Labels["rehearsalNotRunning"], turn.State.Mode == CoachingMode.Mentor ? ReplyMode.Mentor : ReplyMode.Coaching);
            return;
        }

        switch (rehearsal.Stage)
        {
            case < RehearsalStage.Playing:
                End(rehearsal, "stopped");
                Setup(turn, turn.Labels["rehearsalSetupStopped"]);
                break;
            case RehearsalStage.Playing:
                RehearsalDebrief.Begin(turn, rehearsal, lead: null);
                break;
            default:
                End(rehearsal, "stopped");
                RehearsalDebrief.Say(turn, turn.Labels["rehearsalEnded"]);
                break;
        }
    }

    /// <summary>Ends a running rehearsal without a word: a safety reply, or a return to coaching, took over.</summary>
    internal void Leave(TurnContext turn, string reason)
    {
        if (turn.State.Rehearsal is { IsActive: true } rehearsal)
        {
            End(rehearsal, reason);
        }
    }

    /// <summary>The rehearsal's answer to a message, when one is running in mentor mode and has not gone idle.</summary>
    internal async Task<RehearsalOutcome> TryHandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.State.Rehearsal is not { IsActive: true } rehearsal || turn.State.Mode != CoachingMode.Mentor)
        {
            return RehearsalOutcome.NotMine;
        }

        if (turn.Now - rehearsal.LastMessageAt > options.Value.SessionIdleTimeout)
        {
            End(rehearsal, "idle");
            return RehearsalOutcome.NotMine;
        }

        rehearsal.LastMessageAt = turn.Now;
        if (turn.Pack.Rehearsal.IsStop(turn.Text))
        {
            Stop(turn);
            return RehearsalOutcome.Handled;
        }

        switch (rehearsal.Stage)
        {
            case RehearsalStage.Counterpart:
                TakeCounterpart(turn, rehearsal, turn.Text);
                return RehearsalOutcome.Handled;
            case RehearsalStage.Situation:
                rehearsal.Situation = Sentences.Lead(turn.Text, MaxWordsChars);
                AskOrPlay(turn, rehearsal, turn.Text);
                return RehearsalOutcome.Handled;
            case RehearsalStage.Resistance:
                AskOrPlay(turn, rehearsal, turn.Text);
                return RehearsalOutcome.Handled;
            case RehearsalStage.Playing:
                await PlayAsync(turn, rehearsal, cancellationToken);
                return RehearsalOutcome.Handled;
        }

        var outcome = RehearsalDebrief.Answer(turn, rehearsal);
        if (!rehearsal.IsActive)
        {
            RehearsalLog.Ended(logger, outcome == RehearsalOutcome.Commitment ? "commitment" : "debriefed", nameof(RehearsalStage.CommitmentOffer), Exchanges(rehearsal));
        }

        return outcome;
    }

    /// <summary>The counterpart, as the role-play label names them: their words, with "my" read back as "your".</summary>
    internal static string Counterpart(RehearsalState rehearsal) => Reflector.SecondPerson(rehearsal.Counterpart ?? "");

    private static void TakeCounterpart(TurnContext turn, RehearsalState rehearsal, string text)
    {
        rehearsal.Counterpart = Sentences.Lead(text, MaxWordsChars).TrimEnd('.', '!');
        if (turn.Pack.Rehearsal.Infer(text) is { } kind)
        {
            rehearsal.Resistance = kind;
            rehearsal.ResistanceWords = rehearsal.Counterpart;
        }

        rehearsal.Stage = RehearsalStage.Situation;
        Setup(turn, turn.Labels["rehearsalAskSituation", ("counterpart", Counterpart(rehearsal))]);
    }

    /// <summary>After the situation (which may describe the resistance too) or an answer about the resistance: ask for it, or begin.</summary>
    private void AskOrPlay(TurnContext turn, RehearsalState rehearsal, string text)
    {
        var bank = turn.Pack.Rehearsal;
        if (rehearsal.Resistance is null && bank.Infer(text) is { } kind)
        {
            rehearsal.Resistance = kind;
            rehearsal.ResistanceWords = string.Equals(text.Trim(), bank.Resistances[kind].Button, StringComparison.OrdinalIgnoreCase) ? null : Sentences.Lead(text, MaxWordsChars);
        }

        if (rehearsal.Resistance is null)
        {
            var again = rehearsal.Stage == RehearsalStage.Resistance;
            rehearsal.Stage = RehearsalStage.Resistance;
            var question = turn.Labels[again ? "rehearsalAskResistanceAgain" : "rehearsalAskResistance", ("counterpart", Counterpart(rehearsal))];
            turn.Say($"{turn.Labels["rehearsalSetupLabel"]}\n{question}", ReplyMode.Mentor, [.. bank.Kinds.Select(k => bank.Resistances[k].Button)]);
            return;
        }

        rehearsal.Stage = RehearsalStage.Playing;
        RehearsalLog.Playing(logger, rehearsal.Resistance);
        Setup(turn, turn.Labels["rehearsalReady", ("counterpart", Counterpart(rehearsal)), ("resistance", bank.Resistances[rehearsal.Resistance].Description)]);
    }

    private async Task PlayAsync(TurnContext turn, RehearsalState rehearsal, CancellationToken cancellationToken)
    {
        var line = Exchanges(rehearsal) < MaxExchanges ? CounterpartLines.Next(turn.Pack.Rehearsal, rehearsal, turn.Text) : null;
        if (line is null)
        {
            RehearsalDebrief.Begin(turn, rehearsal, turn.Labels["rehearsalExhausted", ("counterpart", Counterpart(rehearsal))]);
            return;
        }

        var arguments = Arguments(turn, rehearsal);
        rehearsal.Turns.Add(new TurnRecord(Executive, turn.Text, turn.Now));
        var reply = await composer.CounterpartAsync(turn, arguments, line, cancellationToken);
        rehearsal.Turns.Add(new TurnRecord(CounterpartRole, reply, turn.Now) { Pack = turn.Pack.Reference });
        turn.Say($"{turn.Labels["rehearsalLabel", ("counterpart", Counterpart(rehearsal))]}\n{reply}", ReplyMode.Mentor);
    }

    private static KernelArguments Arguments(TurnContext turn, RehearsalState rehearsal)
    {
        var resistance = turn.Pack.Rehearsal.Resistances[rehearsal.Resistance!];
        return new KernelArguments
        {
            ["counterpart"] = rehearsal.Counterpart,
            ["situation"] = rehearsal.Situation,
            ["resistance"] = resistance.Description,
            ["their_description"] = rehearsal.ResistanceWords ?? resistance.Button,
            ["recent_turns"] = string.Join("\n", rehearsal.Turns.TakeLast(PromptTurns).Select(t => $"{t.Role}: {t.Text}")),
            ["message"] = turn.Text,
        };
    }

    private static void Setup(TurnContext turn, string text) => turn.Say($"{turn.Labels["rehearsalSetupLabel"]}\n{text}", ReplyMode.Mentor);

    private void End(RehearsalState rehearsal, string reason)
    {
        RehearsalLog.Ended(logger, reason, rehearsal.Stage.ToString(), Exchanges(rehearsal));
        rehearsal.Stage = RehearsalStage.Ended;
    }

    private static int Exchanges(RehearsalState rehearsal) => rehearsal.Turns.Count(t => t.Role == Executive);
}

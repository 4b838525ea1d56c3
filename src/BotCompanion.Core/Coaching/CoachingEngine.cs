using BotCompanion.Core.Commands;
using BotCompanion.Core.Conversation;
using BotCompanion.Core.Messages;
using BotCompanion.Core.Nudges;
using BotCompanion.Core.Outcomes;
using BotCompanion.Core.Prompts;
using BotCompanion.Core.Rehearsal;
using BotCompanion.Core.Safety;
using BotCompanion.Core.Sharing;
using BotCompanion.Core.State;
using BotCompanion.Core.Telemetry;
using BotCompanion.Core.Turns;

namespace BotCompanion.Core.Coaching;

/// <summary>
/// The coaching companion's turn handler. Order matters: safety before everything, commands before coaching,
/// and mentor mode strictly apart from the GROW flow.
/// </summary>
internal sealed class CoachingEngine(
    IPromptPackProvider packs,
    GrowFlow grow,
    CommandHandler commands,
    SessionCloser closer,
    ReplyComposer composer,
    NudgePlanner nudges,
    NudgeConversation nudgeAnswers,
    NudgeCommand nudgeSettings,
    SharingFlow sharing,
    FocusFlow focus,
    RehearsalFlow rehearsal,
    OutcomeFlow outcomes,
    TurnLanguage languages,
    IOptions<CoachingOptions> options,
    TimeProvider time,
    ILogger<CoachingEngine> logger) : ITurnHandler
{
    private readonly CoachingOptions _options = options.Value;

    public async Task<TurnResult> HandleAsync(IncomingMessage message, ConversationState state, CancellationToken cancellationToken)
    {
        if (message.TimeZone is { Length: > 0 } reported && TimeZones.TryFind(reported, out _))
        {
            state.TimeZone = reported;
        }

        if (message.Locale is { Length: > 0 } locale)
        {
            state.Coaching.Locale = locale;
        }

        var pack = packs.GetPack(message.TenantId);
        var turn = new TurnContext
        {
            Message = message,
            State = state.Coaching,
            Pack = pack.In(languages.For(pack, message, state.Coaching)),
            PackInEveryLanguage = pack,
            Now = time.GetUtcNow(),
            Zone = TimeZones.Resolve(state.TimeZone, _options.DefaultTimeZone, logger),
            ZoneKnown = state.TimeZone is not null,
        };

        switch (message.Kind)
        {
            case IncomingKind.ConversationEnded:
                state.EraseRequested = true;
                return TurnResult.Silent;
            case IncomingKind.ConversationStarted:
                Welcome(turn);
                return turn.Result();
            case IncomingKind.Nudge:
                var decision = await nudges.PlanAsync(turn, message.Nudge!, cancellationToken);
                return turn.Result() with { Nudge = decision };
        }

        await HandleMessageAsync(turn, state, cancellationToken);
        if (turn.TimeZoneChangedTo is { } zone)
        {
            state.TimeZone = zone;
        }

        Log(turn);
        return turn.Result();
    }

    private async Task HandleMessageAsync(TurnContext turn, ConversationState state, CancellationToken cancellationToken)
    {
        var text = turn.Text;
        if (!turn.Message.IsPersonal)
        {
            turn.Say(turn.Labels["personalOnly"]);
            return;
        }

        if (text.Length == 0)
        {
            turn.Say(turn.Labels["empty"]);
            return;
        }

        if (text.Length > _options.MaxMessageChars)
        {
            turn.Say(turn.Labels["tooLong", ("length", text.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)), ("limit", _options.MaxMessageChars.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))]);
            return;
        }

        if (SafetyDetector.Detect(text) is { } concern)
        {
            turn.State.Counters.SafetyEvents++;
            rehearsal.Leave(turn, "safety");
            CoachingLog.SafetyEvent(logger, concern.ToString());
            BotMetrics.SafetyReplies.Add(1, new KeyValuePair<string, object?>("botcompanion.safety.concern", concern.ToString()));
            turn.Say(string.IsNullOrWhiteSpace(_options.SafetyReply) ? turn.Pack.SafetyText : _options.SafetyReply);
            return;
        }

        if (turn.State.ForgetPending)
        {
            CommandHandler.ConfirmForget(turn, state);
            return;
        }

        if (text.StartsWith('/'))
        {
            await commands.HandleAsync(turn, cancellationToken);
            return;
        }

        switch (await rehearsal.TryHandleAsync(turn, cancellationToken))
        {
            case RehearsalOutcome.Handled:
                return;
            case RehearsalOutcome.Commitment:
                await EnsureSessionAsync(turn, cancellationToken);
                RehearsalDebrief.HandOver(turn);
                return;
        }

        if (await focus.TryAnswerAsync(turn, cancellationToken) || await sharing.TryAnswerAsync(turn, cancellationToken))
        {
            OutcomeFlow.AfterShareAnswer(turn);
            return;
        }

        if (await outcomes.TryAnswerAsync(turn, cancellationToken))
        {
            return;
        }

        if (await nudgeAnswers.TryHandleAsync(turn, cancellationToken))
        {
            return;
        }

        await EnsureSessionAsync(turn, cancellationToken);
        if (turn.State.Mode == CoachingMode.Mentor)
        {
            await MentorAsync(turn, cancellationToken);
            return;
        }

        await nudgeSettings.NoteNextSessionAsync(turn, cancellationToken);
        await grow.ContinueAsync(turn, cancellationToken);
        await focus.OfferNewAsync(turn, cancellationToken);
    }

    private static void Welcome(TurnContext turn)
    {
        if (!turn.Message.IsPersonal)
        {
            turn.Say(turn.Labels["personalOnly"]);
            return;
        }

        if (!turn.State.Welcomed)
        {
            turn.State.Welcomed = true;
            turn.Say(turn.Labels["welcome"]);
        }
    }

    /// <summary>Closes a session gone idle (with its summary) and opens a new one, with the AI disclosure.</summary>
    private async Task EnsureSessionAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var session = turn.State.Session;
        if (session is not null && turn.Now - session.LastMessageAt > _options.SessionIdleTimeout
            && await closer.CloseAsync(turn, "idle", cancellationToken) is not null && turn.State.Coach is not null)
        {
            // Closed while they were away, so never offered: say it exists and how to share it, then carry on.
            turn.Say(turn.Labels["shareLater"]);
        }

        if (turn.State.Session is null)
        {
            turn.State.Session = new CoachingSession { StartedAt = turn.Now, LastMessageAt = turn.Now };
            grow.Open(turn, firstContact: !turn.State.Welcomed);
            turn.State.Welcomed = true;
        }

        turn.Session.LastMessageAt = turn.Now;
    }

    private async Task MentorAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var session = turn.Session;
        var recent = string.Join("\n", session.MentorTurns.TakeLast(_options.RecentTurns).Select(t => $"{t.Role}: {t.Text}"));
        var advice = await composer.MentorAsync(turn, recent, cancellationToken);
        session.MentorTurns.Add(new TurnRecord("Executive", turn.Text, turn.Now));
        session.MentorTurns.Add(new TurnRecord("Mentor", advice, turn.Now) { Pack = turn.Pack.Reference });
        if (session.MentorTurns.Count > 2 * _options.RecentTurns)
        {
            session.MentorTurns.RemoveRange(0, session.MentorTurns.Count - (2 * _options.RecentTurns));
        }

        session.MentorTopicCount++;
        turn.State.Counters.MentorReplies++;
        turn.Say($"{turn.Labels["mentorLabel"]}\n{advice}", ReplyMode.Mentor);
        turn.Offer(turn.Labels["backToCoaching"], "/coach");
        if (turn.Pack.Rehearsal.Offers(turn.Text))
        {
            turn.Offer(turn.Labels["rehearsalOfferButton"], "/rehearse");
        }
    }

    private void Log(TurnContext turn)
    {
        // Per turn, so at Debug: nothing is formatted (not even the enum names) at the default level.
        if (logger.IsEnabled(LogLevel.Debug))
        {
            CoachingLog.TurnAnswered(
                logger,
                turn.Pack.Reference,
                turn.State.Mode.ToString(),
                turn.State.Session?.Stage.ToString() ?? "none",
                turn.ModelCalls,
                turn.PromptTokens);
        }
    }
}

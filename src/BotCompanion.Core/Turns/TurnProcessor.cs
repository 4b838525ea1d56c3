using System.Diagnostics;
using System.Runtime.CompilerServices;
using BotCompanion.Core.Messages;
using BotCompanion.Core.Prompts;
using BotCompanion.Core.State;
using BotCompanion.Core.Telemetry;

namespace BotCompanion.Core.Turns;

/// <summary>
/// The turn boundary every channel goes through: serializes turns per conversation, loads the state,
/// runs the handler, saves under a version check (re-running the handler on a conflict), and turns
/// any failure into one short apology so that no channel ever sees an exception.
/// </summary>
public sealed partial class TurnProcessor(
    IStateStore store,
    ITurnHandler handler,
    KeyedLock locks,
    IEnumerable<IPersonalDataEraser> erasers,
    IPromptPackProvider packs,
    TimeProvider timeProvider,
    ILogger<TurnProcessor> logger)
{
    internal const int MaxConflictRetries = 20;
    private static readonly TimeSpan[] StoreRetryDelays = [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1)];

    public async Task<TurnResult> ProcessAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var span = BotTelemetry.Source.StartActivity(BotTelemetry.TurnSpan);
        span?.SetTag("botcompanion.channel", message.Conversation.ChannelId);
        span?.SetTag("botcompanion.turn.kind", message.Kind.ToString());
        var started = timeProvider.GetTimestamp();
        var outcome = new StrongBox<string?>();
        try
        {
            var result = await ProcessCoreAsync(message, outcome, cancellationToken);
            outcome.Value ??= result.Replies.Count > 0 ? "replied" : "silent";
            Describe(span, result);
            return result;
        }
        finally
        {
            outcome.Value ??= "cancelled";
            span?.SetTag("botcompanion.turn.outcome", outcome.Value);
            var tags = new TagList
            {
                { "botcompanion.channel", message.Conversation.ChannelId },
                { "botcompanion.turn.kind", message.Kind.ToString() },
                { "botcompanion.turn.outcome", outcome.Value },
            };
            BotMetrics.Turns.Add(1, tags);
            BotMetrics.TurnDuration.Record(timeProvider.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    private async Task<TurnResult> ProcessCoreAsync(IncomingMessage message, StrongBox<string?> outcome, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object>
        {
            ["ConversationKey"] = message.Conversation.ToString(),
            ["ChannelId"] = message.Conversation.ChannelId,
            ["TurnId"] = message.MessageId ?? Guid.NewGuid().ToString("N"),
        });

        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var held = await locks.AcquireAsync(message.Conversation.ToString(), cancellationToken);
                return await RunAsync(message, outcome, cancellationToken);
            }
            catch (StoreUnavailableException ex) when (attempt < StoreRetryDelays.Length)
            {
                Log.StoreUnavailableRetrying(logger, attempt + 1, ex.Message);
                await Task.Delay(StoreRetryDelays[attempt], timeProvider, cancellationToken);
            }
            catch (StoreUnavailableException ex) when (message.Kind == IncomingKind.Nudge)
            {
                // Never send an apology nobody asked for: the nudge waits for the store to return.
                Log.StoreUnavailableGaveUp(logger, ex.Message);
                outcome.Value = "store_unavailable";
                return TurnResult.Silent with { Nudge = NudgeDecision.Defer(timeProvider.GetUtcNow().AddMinutes(1), "store unavailable") };
            }
            catch (StoreUnavailableException ex)
            {
                Log.StoreUnavailableGaveUp(logger, ex.Message);
                outcome.Value = "store_unavailable";
                return TurnResult.Say(packs.GetPack(message.TenantId).In(TurnLanguage.FromLocale(message.Locale)).Labels["storeDown"]) with { Unrecorded = true };
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex) when (message.Kind == IncomingKind.Nudge)
            {
                Log.TurnFailed(logger, ex);
                outcome.Value = Failed(ex);
                return TurnResult.Silent with { Nudge = NudgeDecision.Defer(timeProvider.GetUtcNow().AddMinutes(5), "nudge turn failed") };
            }
            catch (Exception ex)
            {
                Log.TurnFailed(logger, ex);
                outcome.Value = Failed(ex);
                return TurnResult.Say(packs.GetPack(message.TenantId).In(TurnLanguage.FromLocale(message.Locale)).Labels["turnFailed"]);
            }
        }
    }

    private async Task<TurnResult> RunAsync(IncomingMessage message, StrongBox<string?> outcome, CancellationToken cancellationToken)
    {
        var key = StateKeys.Conversation(message.Conversation);
        for (var conflict = 0; conflict < MaxConflictRetries; conflict++)
        {
            var stored = await GetAsync(key, cancellationToken);
            if (stored is null && message.Kind == IncomingKind.Nudge)
            {
                // Nothing is known about them any more (forgotten or expired): never recreate it for a nudge.
                return TurnResult.Silent with { Nudge = NudgeDecision.Drop("conversation no longer stored") };
            }

            var state = stored is null ? new ConversationState() : Deserialize(stored.Json);
            if (message.Kind == IncomingKind.Message && !state.TryMarkHandled(message.MessageId))
            {
                Log.DuplicateIgnored(logger);
                outcome.Value = "duplicate";
                return KeepsReplies(message) && state.AnswerTo(message.MessageId) is { } answer
                    ? new TurnResult(answer.Replies) { IsRepeat = true, RepeatOf = answer.RunId }
                    : TurnResult.Silent;
            }

            var result = await handler.HandleAsync(message, state, cancellationToken);
            if (state.EraseRequested || message.Kind == IncomingKind.ConversationEnded)
            {
                await EraseAsync(message, key, cancellationToken);
                return result;
            }

            if (KeepsReplies(message))
            {
                state.RememberAnswer(message.MessageId, result.Replies, message.RunId);
            }

            if (message.Kind != IncomingKind.Nudge)
            {
                state.TurnCount++;
                state.LastMessageAt = message.Timestamp;
            }

            StateLimits.Apply(state);
            if (await TrySaveAsync(key, JsonSerializer.Serialize(state, StateJson.Options), stored?.Version ?? 0, cancellationToken))
            {
                return result;
            }

            Log.VersionConflict(logger, conflict + 1);

            // Another instance won the race; a short random pause keeps two busy writers from colliding in lockstep.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 + (conflict * 5))), timeProvider, cancellationToken);
        }

        throw new InvalidOperationException($"The conversation state changed under {MaxConflictRetries} consecutive attempts; giving up the turn.");
    }

    private static bool KeepsReplies(IncomingMessage message) => message.RepeatsReplies || message.MayRunAgain;

    private async Task EraseAsync(IncomingMessage message, string key, CancellationToken cancellationToken)
    {
        foreach (var eraser in erasers)
        {
            await eraser.EraseAsync(message.Conversation, message.UserId, cancellationToken);
        }

        using (BotTelemetry.Source.StartActivity(BotTelemetry.StoreDeleteSpan))
        {
            await store.DeleteAsync(key, cancellationToken);
        }

        Log.Erased(logger);
    }

    private async Task<StoredDocument?> GetAsync(string key, CancellationToken cancellationToken)
    {
        using var span = BotTelemetry.Source.StartActivity(BotTelemetry.StoreGetSpan);
        var stored = await store.GetAsync(key, cancellationToken);
        span?.SetTag("botcompanion.store.found", stored is not null);
        return stored;
    }

    private async Task<bool> TrySaveAsync(string key, string json, long expectedVersion, CancellationToken cancellationToken)
    {
        using var span = BotTelemetry.Source.StartActivity(BotTelemetry.StoreSaveSpan);
        var saved = await store.TrySaveAsync(key, json, expectedVersion, cancellationToken);
        span?.SetTag("botcompanion.store.conflict", !saved);
        return saved;
    }

    /// <summary>Which pack answered, in which mode and stage, with how many model calls: no text.</summary>
    private static void Describe(Activity? span, TurnResult result)
    {
        if (span is not null && result.Metrics is { } m)
        {
            span.SetTag("botcompanion.pack", m.Pack);
            span.SetTag("botcompanion.mode", m.Mode);
            span.SetTag("botcompanion.stage", m.Stage);
            span.SetTag("botcompanion.model.calls", m.ModelCalls);
        }
    }

    /// <summary>The turn span is marked failed with the exception's type only: its message may quote the person.</summary>
    private static string Failed(Exception exception)
    {
        Activity.Current?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        return "failed";
    }

    private static ConversationState Deserialize(string json) =>
        JsonSerializer.Deserialize<ConversationState>(json, StateJson.Options)
        ?? throw new InvalidOperationException("Stored conversation state was null.");

    private static partial class Log
    {
        [LoggerMessage(1000, LogLevel.Warning, "State store unavailable (attempt {Attempt}); retrying the turn: {Reason}", EventName = "StoreUnavailableRetrying")]
        public static partial void StoreUnavailableRetrying(ILogger logger, int attempt, string reason);

        [LoggerMessage(1001, LogLevel.Error, "State store unavailable; the turn was not recorded and the user was asked to resend: {Reason}", EventName = "StoreUnavailable")]
        public static partial void StoreUnavailableGaveUp(ILogger logger, string reason);

        [LoggerMessage(1002, LogLevel.Error, "Turn failed; the user got an apology", EventName = "TurnFailed")]
        public static partial void TurnFailed(ILogger logger, Exception exception);

        [LoggerMessage(1003, LogLevel.Information, "Version conflict on save (attempt {Attempt}); re-running the turn on fresh state", EventName = "VersionConflict")]
        public static partial void VersionConflict(ILogger logger, int attempt);

        [LoggerMessage(1004, LogLevel.Information, "Duplicate message ignored", EventName = "DuplicateIgnored")]
        public static partial void DuplicateIgnored(ILogger logger);

        [LoggerMessage(1005, LogLevel.Information, "Everything stored for the conversation was erased", EventName = "Erased")]
        public static partial void Erased(ILogger logger);
    }
}

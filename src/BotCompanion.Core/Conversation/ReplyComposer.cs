using BotCompanion.Core.Ai;
using BotCompanion.Core.Conversation.Reflections;
using BotCompanion.Core.Guard;
using BotCompanion.Core.Messages;
using BotCompanion.Core.Prompts;
using BotCompanion.Core.Telemetry;
using BotCompanion.Core.Turns;
using Microsoft.SemanticKernel;

namespace BotCompanion.Core.Conversation;

/// <summary>
/// Gets replies from the model through the pack's prompt functions. Every coaching reply passes the directiveness
/// guard: a draft judged directive is regenerated once with a stricter instruction, and if that fails too it is
/// replaced by a question from the pack. It is never sent as is.
/// </summary>
internal sealed class ReplyComposer(Kernel kernel, IDirectivenessGuard guard, TimeProvider time, ILogger<ReplyComposer> logger)
{
    // A reply that is ready sooner than this is simply sent: streaming only helps while a slow model writes.
    private static readonly TimeSpan StreamUpdateInterval = TimeSpan.FromMilliseconds(300);

    internal const string StrictInstruction =
        "Your previous draft gave advice. Reply ONLY with one short open question that helps them find their own answer. No suggestions, no 'you could', no 'have you considered'.";

    internal async Task<string> CoachAsync(TurnContext turn, CoachRequest request, CancellationToken cancellationToken)
    {
        if (request.ReflectOnly && request.Reflection is { } reflection)
        {
            // Their words said back, and nothing asked: there is no draft to write or to judge.
            return reflection;
        }

        var context = request.ToOfflineContext(turn, skipReflection: request.SkipReflection);
        var draft = Shape(await InvokeAsync(turn, PromptNames.CoachReply, request.Arguments(""), context, cancellationToken));
        var verdict = Judge(TheirOwnWords.WithoutTheirIdeas(draft, turn.Text));
        if (!verdict.IsAdvice)
        {
            Remember(turn, context);
            return draft;
        }

        turn.State.Counters.GuardRegenerations++;
        BotMetrics.GuardRewrites.Add(1, new KeyValuePair<string, object?>("botcompanion.guard.action", "regenerated"));
        ConversationLog.GuardRegenerate(logger, verdict.Score);
        context = request.ToOfflineContext(turn, skipReflection: true);
        draft = Shape(await InvokeAsync(turn, PromptNames.CoachReply, request.Arguments(StrictInstruction), context, cancellationToken));
        verdict = Judge(TheirOwnWords.WithoutTheirIdeas(draft, turn.Text));
        if (!verdict.IsAdvice)
        {
            Remember(turn, context);
            return draft;
        }

        turn.State.Counters.GuardReplacements++;
        BotMetrics.GuardRewrites.Add(1, new KeyValuePair<string, object?>("botcompanion.guard.action", "replaced"));
        ConversationLog.GuardReplaced(logger, verdict.Score);
        var question = turn.Pack.Questions.Next(request.QuestionSet, turn.Session.AskedQuestionIds);
        turn.Session.RecordAsked(question.Id);
        return question.Text;
    }

    internal async Task<string> MentorAsync(TurnContext turn, string recentTurns, CancellationToken cancellationToken)
    {
        var context = new OfflineTurnContext { Request = OfflineRequest.MentorReply, Pack = turn.Pack, UserText = turn.Text };
        var arguments = new KernelArguments { ["recent_turns"] = recentTurns, ["message"] = turn.Text };
        return turn.Message.Stream is { } stream
            ? (await StreamAsync(turn, PromptNames.MentorReply, arguments, context, text => stream.AppendAsync($"{turn.Labels["mentorLabel"]}\n{text.Trim()}", ReplyMode.Mentor, cancellationToken), cancellationToken)).Trim()
            : (await InvokeAsync(turn, PromptNames.MentorReply, arguments, context, cancellationToken)).Trim();
    }

    /// <summary>
    /// A rehearsed counterpart's reply (mentor mode, not guarded: it is role-play, not coaching). A network model plays
    /// them from the pack's prompt; offline, and when the model fails, <paramref name="scripted"/>, the pack's line.
    /// </summary>
    internal async Task<string> CounterpartAsync(TurnContext turn, KernelArguments arguments, string scripted, CancellationToken cancellationToken)
    {
        var context = new OfflineTurnContext { Request = OfflineRequest.Counterpart, Pack = turn.Pack, UserText = turn.Text, Scripted = scripted };
        var reply = (await InvokeAsync(turn, PromptNames.RehearseCounterpart, arguments, context, cancellationToken)).Trim().Trim('"').Trim();
        return reply.Length == 0 ? scripted : reply;
    }

    internal async Task<string> NarrativeAsync(TurnContext turn, SummaryParts parts, CancellationToken cancellationToken)
    {
        var context = new OfflineTurnContext { Request = OfflineRequest.Summary, Pack = turn.Pack, Summary = parts };
        var arguments = new KernelArguments
        {
            ["goal"] = parts.Goal ?? "not stated",
            ["insights"] = parts.Insights.Count == 0 ? "(nothing noted)" : string.Join("\n", parts.Insights),
            ["commitments"] = parts.Commitments.Count == 0 ? "none" : string.Join("\n", parts.Commitments),
        };
        var narrative = (await InvokeAsync(turn, PromptNames.CoachSummarizeSession, arguments, context, cancellationToken)).Trim();

        // The summary is coaching-mode text too: it must not carry advice into what the coach may later read.
        return Judge(narrative).IsAdvice ? (await InvokeOfflineNarrative(parts)) : narrative;
    }

    private async Task<string> InvokeAsync(TurnContext turn, string function, KernelArguments arguments, OfflineTurnContext context, CancellationToken cancellationToken)
    {
        var turnKernel = TurnKernel(context);
        using var call = ModelCall.Start(function, time);
        var result = await turn.Pack.Function(function).InvokeAsync(turnKernel, arguments, cancellationToken);
        Count(turn, turnKernel);
        call.Finish(turnKernel, result.Metadata);
        return result.GetValue<string>() ?? "";
    }

    /// <summary>The guard's verdict, in its own span: the score and whether it was advice, never the draft.</summary>
    private GuardVerdict Judge(string draft)
    {
        using var span = BotTelemetry.Source.StartActivity(BotTelemetry.GuardSpan);
        var verdict = guard.Score(draft);
        span?.SetTag("botcompanion.guard.score", verdict.Score);
        span?.SetTag("botcompanion.guard.advice", verdict.IsAdvice);
        return verdict;
    }

    /// <summary>One model call whose text is shown as it arrives, at most every <see cref="StreamUpdateInterval"/>.</summary>
    private async Task<string> StreamAsync(TurnContext turn, string function, KernelArguments arguments, OfflineTurnContext context, Func<string, Task> show, CancellationToken cancellationToken)
    {
        var turnKernel = TurnKernel(context);
        using var call = ModelCall.Start(function, time);
        var text = new System.Text.StringBuilder();
        var shownAt = time.GetUtcNow();
        await foreach (var chunk in turn.Pack.Function(function).InvokeStreamingAsync<StreamingChatMessageContent>(turnKernel, arguments, cancellationToken))
        {
            text.Append(chunk.Content);
            if (time.GetUtcNow() - shownAt >= StreamUpdateInterval && text.Length > 0)
            {
                await show(text.ToString());
                shownAt = time.GetUtcNow();
            }
        }

        Count(turn, turnKernel);
        call.Finish(turnKernel, metadata: null);
        return text.ToString();
    }

    private Kernel TurnKernel(OfflineTurnContext context)
    {
        var turnKernel = kernel.Clone();
        turnKernel.Data[OfflineTurnContext.DataKey] = context;
        return turnKernel;
    }

    private static void Count(TurnContext turn, Kernel turnKernel)
    {
        turn.PromptTokens += turnKernel.Data.TryGetValue(PromptAuditFilter.TokensKey, out var tokens) && tokens is int t ? t : 0;
        turn.ModelCalls++;
        turn.State.Counters.ModelCalls++;
    }

    private static Task<string> InvokeOfflineNarrative(SummaryParts parts) =>
        Task.FromResult(parts.Goal is null ? "You reflected on what's on your plate." : $"You wanted to work on: \"{parts.Goal}\".");

    private static void Remember(TurnContext turn, OfflineTurnContext context)
    {
        if (context.ChosenQuestionId is { } id)
        {
            turn.Session.RecordAsked(id);
        }
    }

    /// <summary>At most a short lead and exactly one question: anything after the first question is cut.</summary>
    internal static string Shape(string draft)
    {
        var text = draft.Trim().Trim('"');
        var first = text.IndexOf('?', StringComparison.Ordinal);
        return first >= 0 && first < text.Length - 1 ? text[..(first + 1)] : text;
    }
}

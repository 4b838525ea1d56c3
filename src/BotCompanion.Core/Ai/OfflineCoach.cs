using System.Runtime.CompilerServices;
using System.Text;
using BotCompanion.Core.Prompts;
using BotCompanion.Core.Text;
using Microsoft.Extensions.AI;

namespace BotCompanion.Core.Ai;

/// <summary>
/// The deterministic offline coach as a Microsoft.Extensions.AI chat client: it reflects the person's own words, asks
/// the next unasked question of the pack's bank, gives the pack's offline mentor advice, and writes summaries
/// extractively. It is what runs on a fresh machine, and the fallback when a network model fails. What it needs
/// arrives as an <see cref="OfflineTurnContext"/> in the chat options (<see cref="ChatClientCompletionService"/> puts it there).
/// </summary>
public sealed class OfflineCoach : IChatClient
{
    public const string ModelId = "botcompanion-offline";

    private static readonly ChatClientMetadata Metadata = new(ModelId, defaultModelId: ModelId);

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var text = Answer(messages, OfflineTurnContext.From(options));
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { ModelId = ModelId });
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask;
        var text = Answer(messages, OfflineTurnContext.From(options));
        foreach (var word in text.Split(' '))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new ChatResponseUpdate(ChatRole.Assistant, word + " ") { ModelId = ModelId };
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(ChatClientMetadata) ? Metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
    }

    private static string Answer(IEnumerable<ChatMessage> history, OfflineTurnContext? context)
    {
        if (context is null)
        {
            // Invoked without the engine (e.g. a prompt rendered by tooling): still answer like a coach.
            var last = history.LastOrDefault(m => m.Role == ChatRole.User)?.Text ?? "";
            return Compose(Reflector.Reflect(last, 0), "What feels most important to you about this right now?");
        }

        return context.Request switch
        {
            OfflineRequest.MentorReply => MentorReply(context),
            OfflineRequest.Summary => SummaryNarrative(context.Summary!, context.Pack.Labels),
            OfflineRequest.Counterpart => context.Scripted ?? "",
            _ => CoachReply(context),
        };
    }

    private static string CoachReply(OfflineTurnContext context)
    {
        var question = context.Pack.Questions.Next(context.QuestionSet, context.AskedQuestionIds);
        context.ChosenQuestionId = question.Id;
        var questionText = context.QuestionValues.Aggregate(question.Text, (text, kv) => text.Replace("{" + kv.Key + "}", kv.Value, StringComparison.Ordinal));
        var reflection = context.SkipReflection ? null : context.Reflection ?? Reflector.Reflect(context.UserText, context.QuestionsAsked);
        return Compose(context.Preface ?? reflection, questionText);
    }

    private static string MentorReply(OfflineTurnContext context)
    {
        var labels = context.Pack.Labels;
        var builder = new StringBuilder(labels["mentorAdviceLead"]);
        foreach (var line in context.Pack.Mentor.AdviceFor(context.UserText).Take(3))
        {
            builder.Append("\n- ").Append(line);
        }

        return builder.Append('\n').Append(labels["mentorAdviceClose"]).ToString();
    }

    private static string SummaryNarrative(SummaryParts parts, PackLabels labels)
    {
        // The structured summary already lists their words; the narrative only ties it together, adding nothing new.
        var sentences = new List<string> { labels[parts.Goal is null ? "summaryArcNoGoal" : "summaryArcGoal"] };
        var count = ("count", parts.Insights.Count.ToString(CultureInfo.InvariantCulture));
        if (parts.Insights.Count > 0)
        {
            sentences.Add(labels[parts.Insights.Count == 1 ? "summaryArcOneInsight" : "summaryArcInsights", count]);
        }

        sentences.Add(parts.Commitments.Count switch
        {
            0 => labels["summaryArcNoCommitment"],
            1 => labels["summaryArcOneCommitment"],
            _ => labels["summaryArcCommitments", ("count", parts.Commitments.Count.ToString(CultureInfo.InvariantCulture))],
        });
        return string.Join(' ', sentences);
    }

    private static string Compose(string? lead, string question) => lead is null ? question : $"{lead} {question}";
}

using System.Runtime.CompilerServices;
using System.Text;
using BotCompanion.Core.Text;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace BotCompanion.Core.Ai;

/// <summary>
/// The deterministic offline coach behind Semantic Kernel's chat-completion interface: it reflects the person's own
/// words, asks the next unasked question of the pack's bank, gives the pack's offline mentor advice, and writes
/// summaries extractively. It is what runs on a fresh machine, and the fallback when a network model fails.
/// </summary>
public sealed class OfflineCoach : IChatCompletionService
{
    public IReadOnlyDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?> { ["ModelId"] = "botcompanion-offline" };

    public Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(
        ChatHistory chatHistory,
        PromptExecutionSettings? executionSettings = null,
        Kernel? kernel = null,
        CancellationToken cancellationToken = default)
    {
        var text = Answer(chatHistory, OfflineTurnContext.From(kernel));
        IReadOnlyList<ChatMessageContent> result = [new ChatMessageContent(AuthorRole.Assistant, text) { ModelId = "botcompanion-offline" }];
        return Task.FromResult(result);
    }

    public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(
        ChatHistory chatHistory,
        PromptExecutionSettings? executionSettings = null,
        Kernel? kernel = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask;
        var text = Answer(chatHistory, OfflineTurnContext.From(kernel));
        foreach (var word in text.Split(' '))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new StreamingChatMessageContent(AuthorRole.Assistant, word + " ");
        }
    }

    private static string Answer(ChatHistory history, OfflineTurnContext? context)
    {
        if (context is null)
        {
            // Invoked without the engine (e.g. a prompt rendered by tooling): still answer like a coach.
            var last = history.LastOrDefault(m => m.Role == AuthorRole.User)?.Content ?? "";
            return Compose(Reflector.Reflect(last, 0), "What feels most important to you about this right now?");
        }

        return context.Request switch
        {
            OfflineRequest.MentorReply => MentorReply(context),
            OfflineRequest.Summary => SummaryNarrative(context.Summary!),
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
        var advice = context.Pack.Mentor.AdviceFor(context.UserText);
        var builder = new StringBuilder("From experience, a few options to consider:");
        foreach (var line in advice.Take(3))
        {
            builder.Append("\n- ").Append(line);
        }

        return builder.Append("\nYou know your situation best; take what fits.").ToString();
    }

    private static string SummaryNarrative(SummaryParts parts)
    {
        // The structured summary already lists their words; the narrative only ties it together, adding nothing new.
        var builder = new StringBuilder(parts.Goal is null ? "You took time to reflect." : "You came to work on the goal above");
        builder.Append(parts.Insights.Count > 0 ? $", looked at where things stand in {parts.Insights.Count} point(s) of your own" : "");
        builder.Append(parts.Commitments.Count switch
        {
            0 => ", and chose not to set a commitment this time.",
            1 => ", and left with one commitment in your words.",
            _ => $", and left with {parts.Commitments.Count} commitments in your words.",
        });
        return builder.ToString();
    }

    private static string Compose(string? lead, string question) => lead is null ? question : $"{lead} {question}";
}

using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace BotCompanion.Core.Ai;

/// <summary>
/// Semantic Kernel's chat-completion interface over a Microsoft.Extensions.AI <see cref="IChatClient"/>: the kernel
/// keeps rendering the pack's prompt templates and running its filters, and the model layer below is chat clients
/// (the offline coach, a network model, the fallback between them). The <see cref="OfflineTurnContext"/> in the
/// kernel's data rides along in the chat options, and the model's token usage comes back as "Usage" metadata.
/// </summary>
public sealed class ChatClientCompletionService(IChatClient client) : IChatCompletionService
{
    public IReadOnlyDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?>
    {
        ["ModelId"] = client.GetService<ChatClientMetadata>()?.DefaultModelId,
    };

    /// <summary>The chat client underneath.</summary>
    public IChatClient Client => client;

    public async Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(
        ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chatHistory);
        var response = await client.GetResponseAsync(Messages(chatHistory), Options(executionSettings, kernel), cancellationToken);
        var metadata = response.Usage is { } usage
            ? new Dictionary<string, object?> { ["Usage"] = new ModelUsage(ToInt(usage.InputTokenCount), ToInt(usage.OutputTokenCount)) }
            : null;
        return [new ChatMessageContent(AuthorRole.Assistant, response.Text, response.ModelId, response, encoding: null, metadata)];
    }

    public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(
        ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chatHistory);
        await foreach (var update in client.GetStreamingResponseAsync(Messages(chatHistory), Options(executionSettings, kernel), cancellationToken))
        {
            yield return new StreamingChatMessageContent(AuthorRole.Assistant, update.Text, update, modelId: update.ModelId);
        }
    }

    private static ChatOptions Options(PromptExecutionSettings? settings, Kernel? kernel)
    {
        var options = settings?.ToChatOptions(kernel) ?? new ChatOptions();
        if (OfflineTurnContext.From(kernel) is { } context)
        {
            options.AdditionalProperties ??= [];
            options.AdditionalProperties[OfflineTurnContext.DataKey] = context;
        }

        return options;
    }

    private static List<ChatMessage> Messages(ChatHistory history) => [.. history.Select(m => new ChatMessage(new ChatRole(m.Role.Label), m.Content))];

    private static int? ToInt(long? count) => count is { } value ? (int)Math.Min(value, int.MaxValue) : null;

    /// <summary>Token usage as Core reads it (by property name, like the connectors' usage objects).</summary>
    private sealed record ModelUsage(int? InputTokenCount, int? OutputTokenCount);
}

using System.Runtime.CompilerServices;
using BotCompanion.Core.Ai;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace BotCompanion.Web.Tests.Support;

/// <summary>
/// The offline coach, made as slow as a network model: a whole reply takes <paramref name="perReply"/>, a streamed
/// one arrives a word every <paramref name="perChunk"/>.
/// </summary>
public sealed class SlowModel(IChatCompletionService inner, TimeSpan perReply, TimeSpan perChunk) : IChatCompletionService
{
    public IReadOnlyDictionary<string, object?> Attributes => inner.Attributes;

    /// <summary>Replaces the host's model with the slowed-down offline coach.</summary>
    public static void Use(IServiceCollection services, TimeSpan perReply, TimeSpan perChunk) =>
        services.AddSingleton<IChatCompletionService>(sp => new SlowModel(sp.GetRequiredKeyedService<IChatCompletionService>(ModelServiceKeys.Offline), perReply, perChunk));

    public async Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        await Task.Delay(perReply, cancellationToken);
        return await inner.GetChatMessageContentsAsync(chatHistory, executionSettings, kernel, cancellationToken);
    }

    public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var chunk in inner.GetStreamingChatMessageContentsAsync(chatHistory, executionSettings, kernel, cancellationToken))
        {
            await Task.Delay(perChunk, cancellationToken);
            yield return chunk;
        }
    }
}

using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace BotCompanion.Ai;

/// <summary>
/// The network model, with the offline coach behind it: when the model fails (timeout, 5xx after retries, a
/// rejected key, an empty reply) the turn is answered by the offline coach from the same prompt, and the log says why.
/// </summary>
internal sealed class FallbackChatCompletionService(IChatCompletionService primary, IChatCompletionService offline, ILogger<FallbackChatCompletionService> logger)
    : IChatCompletionService
{
    public IReadOnlyDictionary<string, object?> Attributes => primary.Attributes;

    public async Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(
        ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        string reason;
        try
        {
            var replies = await primary.GetChatMessageContentsAsync(chatHistory, executionSettings, kernel, cancellationToken);
            if (replies.Count > 0 && !string.IsNullOrWhiteSpace(replies[0].Content))
            {
                return replies;
            }

            reason = "empty reply";
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            reason = Describe(ex);
        }

        ModelLog.Fallback(logger, reason);
        return await offline.GetChatMessageContentsAsync(chatHistory, executionSettings, kernel, cancellationToken);
    }

    public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(
        ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Fall back only before the first chunk: once text has reached the person, switching voices mid-reply would be worse.
        var stream = primary.GetStreamingChatMessageContentsAsync(chatHistory, executionSettings, kernel, cancellationToken).GetAsyncEnumerator(cancellationToken);
        string? reason = null;
        var hasFirst = false;
        try
        {
            hasFirst = await stream.MoveNextAsync();
            if (!hasFirst)
            {
                reason = "empty stream";
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            reason = Describe(ex);
        }

        if (reason is not null)
        {
            await stream.DisposeAsync();
            ModelLog.Fallback(logger, reason);
            await foreach (var chunk in offline.GetStreamingChatMessageContentsAsync(chatHistory, executionSettings, kernel, cancellationToken))
            {
                yield return chunk;
            }

            yield break;
        }

        try
        {
            yield return stream.Current;
            while (await stream.MoveNextAsync())
            {
                yield return stream.Current;
            }
        }
        finally
        {
            await stream.DisposeAsync();
        }
    }

    private static string Describe(Exception ex) => ex switch
    {
        HttpOperationException { StatusCode: { } status } => $"HTTP {(int)status}",
        _ when Find<TimeoutException>(ex) is not null => "timeout",
        _ when Find<HttpRequestException>(ex) is { } http => http.StatusCode is { } code ? $"HTTP {(int)code}" : "unreachable",
        _ => ex.GetType().Name,
    };

    private static T? Find<T>(Exception ex)
        where T : Exception
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e is T match)
            {
                return match;
            }
        }

        return null;
    }
}

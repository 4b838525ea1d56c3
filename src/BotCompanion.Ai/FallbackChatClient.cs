using System.ClientModel;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace BotCompanion.Ai;

/// <summary>
/// The network model, with the offline coach behind it: when the model fails (timeout, 5xx after retries, a
/// rejected key, an empty reply) the turn is answered by the offline coach from the same prompt, and the log says why.
/// </summary>
internal sealed class FallbackChatClient(IChatClient primary, IChatClient offline, ILogger<FallbackChatClient> logger) : DelegatingChatClient(primary)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var history = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        string reason;
        try
        {
            var response = await base.GetResponseAsync(history, ForNetwork(options), cancellationToken);
            if (!string.IsNullOrWhiteSpace(response.Text))
            {
                return response;
            }

            reason = "empty reply";
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            reason = Describe(ex);
        }

        ModelLog.Fallback(logger, reason);
        return await offline.GetResponseAsync(history, options, cancellationToken);
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Fall back only before the first chunk: once text has reached the person, switching voices mid-reply would be worse.
        var history = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var stream = base.GetStreamingResponseAsync(history, ForNetwork(options), cancellationToken).GetAsyncEnumerator(cancellationToken);
        string? reason = null;
        try
        {
            if (!await stream.MoveNextAsync())
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
            await foreach (var update in offline.GetStreamingResponseAsync(history, options, cancellationToken))
            {
                yield return update;
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

    /// <summary>The offline coach's context stays on this side: a network model reads the rendered prompt only.</summary>
    private static ChatOptions? ForNetwork(ChatOptions? options)
    {
        if (options?.AdditionalProperties is not { } properties || !properties.ContainsKey(BotCompanion.Core.Ai.OfflineTurnContext.DataKey))
        {
            return options;
        }

        var copy = options.Clone();
        copy.AdditionalProperties = new AdditionalPropertiesDictionary(properties.Where(p => p.Key != BotCompanion.Core.Ai.OfflineTurnContext.DataKey).ToDictionary());
        return copy;
    }

    private static string Describe(Exception ex) => ex switch
    {
        HttpOperationException { StatusCode: { } status } => $"HTTP {(int)status}",
        ClientResultException { Status: > 0 } result => $"HTTP {result.Status}",
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

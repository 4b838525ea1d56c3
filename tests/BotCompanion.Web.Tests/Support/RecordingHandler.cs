using System.Collections.Concurrent;

namespace BotCompanion.Web.Tests.Support;

/// <summary>Sits in the bot's outbound HttpClient and records what the connector answered to each call.</summary>
public sealed class RecordingHandler : DelegatingHandler
{
    public ConcurrentQueue<(HttpMethod Method, Uri Uri, int Status, string Body, string Answer)> Calls { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        var answer = response.Content is null ? "" : await response.Content.ReadAsStringAsync(cancellationToken);
        Calls.Enqueue((request.Method, request.RequestUri!, (int)response.StatusCode, body, answer));
        return response;
    }
}

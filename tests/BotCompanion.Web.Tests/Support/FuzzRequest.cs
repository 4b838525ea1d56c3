using System.Net.Http.Headers;

namespace BotCompanion.Web.Tests.Support;

/// <summary>
/// One generated request: which endpoint it aims at, its bytes, and the marker written into every id and text it
/// carries, so that whatever the host stored from it can be found afterwards.
/// </summary>
public sealed record FuzzRequest(string Endpoint, HttpMethod Method, string Path, byte[] Body, string? ContentType, string Marker)
{
    /// <summary>Headers to send as they are (signatures, a garbage Authorization).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>Teams: send a channel token the host would accept for a well-formed activity.</summary>
    public bool ChannelToken { get; init; }

    /// <summary>An answer the endpoint gives on purpose although it is a 5xx (an invoke the bot does not support gets 501, as the Bot Framework expects).</summary>
    public bool Allows(int status) => status < 500 || (status == 501 && Endpoint == FuzzRequests.Teams);

    public HttpRequestMessage ToHttpRequest(Func<FuzzRequest, string>? channelToken = null)
    {
        var request = new HttpRequestMessage(Method, Path);
        if (Method != HttpMethod.Get)
        {
            request.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
            }
        }

        foreach (var (name, value) in Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (ChannelToken && channelToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", channelToken(this));
        }

        return request;
    }

    public override string ToString()
    {
        var text = Encoding.UTF8.GetString(Body);
        return $"{Method} {Path} [{Body.Length} bytes{(ChannelToken ? ", token" : "")}{string.Concat(Headers.Select(h => $", {h.Key}: {h.Value}"))}] {(text.Length > 400 ? text[..400] + "…" : text)}";
    }
}

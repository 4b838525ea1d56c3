using BotCompanion.Core.Messages;

namespace BotCompanion.Web.Tests.Channels.Teams;

/// <summary>The Teams streaming sequence as posted over HTTP to a connector stub (docs-teams-streaming-* fixtures).</summary>
public sealed class TeamsStreamTests : ConnectorAndHostTests
{
    [Fact]
    public async Task Stream_GoesInformativeThenStreamingThenFinal_UnderTheFirstActivitysId()
    {
        var stream = NewStream();

        await stream.InformAsync("Thinking about what you said…", default);
        await stream.AppendAsync("A brown fox", default);
        await stream.AppendAsync("A brown fox jumped", default);
        await stream.FinishAsync(new OutgoingReply("A brown fox jumped over the fence."), default);

        var posted = Posted();
        Assert.Equal(4, posted.Count);
        var (informative, first, second, final) = (posted[0], posted[1], posted[2], posted[3]);
        Assert.Equal(("typing", "informative", 1, false), Shape(informative));
        Assert.Equal(("typing", "streaming", 2, true), Shape(first));
        Assert.Equal(("typing", "streaming", 3, true), Shape(second));
        Assert.Equal(("message", "final", 0, true), Shape(final));
        var streamId = StreamInfo(first).GetProperty("streamId").GetString();
        Assert.Equal(streamId, StreamInfo(final).GetProperty("streamId").GetString());
        Assert.Equal(streamId, final.Activity.GetProperty("id").GetString());
        Assert.Equal("A brown fox jumped", second.Text);
        Assert.Equal("A brown fox jumped over the fence.", final.Text);
    }

    [Fact]
    public async Task StreamingRefusedByTeams_TheReplyStillArrivesAsAnOrdinaryMessage()
    {
        var stream = NewStream();
        Connector.FailNext(403, body: """{"error":{"code":"ContentStreamNotAllowed","message":"Content stream is not allowed"}}""");

        await stream.InformAsync("Thinking about what you said…", default);
        await stream.AppendAsync("A brown fox", default);
        await stream.FinishAsync(new OutgoingReply("A brown fox jumped over the fence."), default);

        var only = Assert.Single(Posted());
        Assert.True(stream.Refused);
        Assert.Equal("message", only.Activity.GetProperty("type").GetString());
        Assert.DoesNotContain("streaminfo", only.Activity.GetRawText(), StringComparison.Ordinal);
    }

    private TeamsStream NewStream() => new(
        Bot.Services.GetRequiredService<ConnectorClient>(),
        Connector.ServiceUrl,
        new ChannelAccount("28:bot"),
        new ChannelAccount("29:user-1"),
        new ConversationAccount("a:personal-chat-1") { ConversationType = "personal" });

    /// <summary>Everything the stub accepted, typing activities included; every post above was awaited.</summary>
    private List<ConnectorStub.Received> Posted()
    {
        var posted = new List<ConnectorStub.Received>();
        while (Connector.TryReadAny(out var received))
        {
            posted.Add(received!);
        }

        return posted;
    }

    private static JsonElement StreamInfo(ConnectorStub.Received received) =>
        received.Activity.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "streaminfo");

    private static (string?, string?, int, bool) Shape(ConnectorStub.Received received)
    {
        var info = StreamInfo(received);
        return (
            received.Activity.GetProperty("type").GetString(),
            info.GetProperty("streamType").GetString(),
            info.TryGetProperty("streamSequence", out var n) ? n.GetInt32() : 0,
            info.TryGetProperty("streamId", out _));
    }
}

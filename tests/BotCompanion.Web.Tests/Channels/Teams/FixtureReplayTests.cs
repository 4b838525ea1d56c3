using System.Net;
using System.Text.Json.Nodes;
using BotCompanion.Web.Tests.Support;

namespace BotCompanion.Web.Tests.Channels.Teams;

/// <summary>
/// Every inbound Teams payload we have (Fixtures/teams, provenance in SOURCES.md) through the real HTTP endpoint,
/// with its serviceUrl pointed at a connector stub: accepted, and answered sensibly or deliberately left alone.
/// </summary>
public sealed class FixtureReplayTests : IAsyncLifetime
{
    private ConnectorStub _connector = null!;
    private BotHost _host = null!;

    public static TheoryData<string, HttpStatusCode, string> Fixtures => new()
    {
        { "docs-teams-conversationupdate-bot-added-personal-2019.json", HttpStatusCode.Accepted, "welcome" },
        { "teams-conversationupdate-personal-bot-installed-2018.json", HttpStatusCode.Accepted, "welcome" },
        { "docs-teams-conversationupdate-bot-added-to-team-2021.json", HttpStatusCode.Accepted, "invite" },
        { "docs-teams-message-channel-mention-image-attachment.json", HttpStatusCode.Accepted, "invite" },
        { "teams-message-channel-at-mention-2017.json", HttpStatusCode.Accepted, "invite" },
        { "teams-message-channel-two-mentions-2017.json", HttpStatusCode.Accepted, "invite" },
        { "playground-message-personal-expectreplies.json", HttpStatusCode.Accepted, "question" },
        { "docs-teams-conversationupdate-teamarchived.json", HttpStatusCode.OK, "silence" },
        { "docs-teams-messagereaction-added-channel.json", HttpStatusCode.OK, "silence" },
        { "teams-conversationupdate-channelcreated-2017.json", HttpStatusCode.OK, "silence" },
        { "teams-conversationupdate-teammemberadded-2017.json", HttpStatusCode.OK, "silence" },
        { "teams-conversationupdate-teammemberremoved-2017.json", HttpStatusCode.OK, "silence" },
        { "teams-conversationupdate-teamrenamed-2017.json", HttpStatusCode.OK, "silence" },
        { "teams-invoke-composeextension-query-2017.json", HttpStatusCode.NotImplemented, "silence" },
        { "teams-invoke-signin-verifystate-2017.json", HttpStatusCode.NotImplemented, "silence" },
    };

    public async Task InitializeAsync()
    {
        _connector = await ConnectorStub.StartAsync();
        _host = new BotHost();
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _connector.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task RealPayload_IsAcceptedAndAnsweredSensibly(string file, HttpStatusCode status, string answer)
    {
        var activity = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "teams", file)))!.AsObject();
        activity["serviceUrl"] = _connector.ServiceUrl.ToString();
        using var client = _host.NewClient();

        using var response = await client.PostAsync("/api/messages", Activities.Json(activity));

        Assert.Equal(status, response.StatusCode);
        switch (answer)
        {
            case "welcome":
                Assert.Contains("AI coaching companion", (await _connector.NextMessageAsync()).Text, StringComparison.Ordinal);
                break;
            case "invite":
                var invite = (await _connector.NextMessageAsync()).Text;
                Assert.Contains("one-to-one chat", invite, StringComparison.Ordinal);
                Assert.DoesNotContain("?", invite, StringComparison.Ordinal);
                break;
            case "question":
                var replies = new List<string>();
                while (replies.Count == 0 || !replies[^1].EndsWith('?'))
                {
                    replies.Add((await _connector.NextMessageAsync()).Text);
                }

                Assert.Contains("AI coaching companion", replies[0], StringComparison.Ordinal);
                break;
            default:
                await Task.Delay(300);
                Assert.False(_connector.TryReadAny(out var unexpected), $"no reply expected, got: {unexpected?.Activity}");
                break;
        }
    }

    [Fact]
    public async Task PartialFileConsentInvoke_InAPersonalInvokeEnvelope_Gets501AndNoMessage()
    {
        var partial = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "teams", "teams-invoke-fileconsent-accept-partial.json")))!.AsObject();
        var invoke = Activities.Message(_connector.ServiceUrl, "", "a:personal-1");
        invoke["type"] = "invoke";
        invoke["name"] = partial["name"]!.DeepClone();
        invoke["value"] = partial["value"]!.DeepClone();
        using var client = _host.NewClient();

        using var response = await client.PostAsync("/api/messages", Activities.Json(invoke));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.False(_connector.TryPeek());
    }

    [Fact]
    public async Task FileSentInAPersonalChatWithoutText_IsAnsweredWithAnOpenQuestion()
    {
        var attachment = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "teams", "teams-attachment-file-download-info.json")))!;
        var message = Activities.Message(_connector.ServiceUrl, "", "a:personal-2");
        message["attachments"] = new JsonArray(attachment);
        using var client = _host.NewClient();

        using var response = await client.PostAsync("/api/messages", Activities.Json(message));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var replies = new List<string>();
        while (replies.Count == 0 || !replies[^1].EndsWith('?'))
        {
            replies.Add((await _connector.NextMessageAsync()).Text);
        }

        Assert.Contains("didn't catch any text", replies[^1], StringComparison.Ordinal);
    }
}

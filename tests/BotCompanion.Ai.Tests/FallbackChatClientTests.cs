using BotCompanion.Core.Ai;
using BotCompanion.Core.Prompts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace BotCompanion.Ai.Tests;

public class FallbackChatClientTests
{
    private static readonly PromptPack Pack = PromptPackLoader.Load(RepoPaths.DefaultPack);

    [Fact]
    public async Task TheNetworkModel_NeverSeesTheOfflineContext_AndTheOfflineCoachGetsItWhenTheModelFails()
    {
        ChatOptions? sentToNetwork = null;
        ChatOptions? sentToOffline = null;
        var network = new Mock<IChatClient>();
        network.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .Callback<IEnumerable<ChatMessage>, ChatOptions?, CancellationToken>((_, options, _) => sentToNetwork = options)
            .ThrowsAsync(new HttpRequestException("down"));
        var offline = new Mock<IChatClient>();
        offline.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .Callback<IEnumerable<ChatMessage>, ChatOptions?, CancellationToken>((_, options, _) => sentToOffline = options)
            .ReturnsAsync(new ChatResponse(new ChatMessage(ChatRole.Assistant, "What matters most to you?")));
        var context = new OfflineTurnContext { Request = OfflineRequest.CoachReply, Pack = Pack };
        var options = new ChatOptions { Temperature = 0.4f, AdditionalProperties = new() { [OfflineTurnContext.DataKey] = context } };
        using var fallback = new FallbackChatClient(network.Object, offline.Object, NullLogger<FallbackChatClient>.Instance);

        var response = await fallback.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")], options);

        Assert.Equal("What matters most to you?", response.Text);
        Assert.Null(OfflineTurnContext.From(sentToNetwork));
        Assert.Equal(0.4f, sentToNetwork!.Temperature);
        Assert.Same(context, OfflineTurnContext.From(sentToOffline));
    }

    [Fact]
    public async Task AnEmptyReply_IsAnsweredByTheOfflineCoach()
    {
        var network = new Mock<IChatClient>();
        network.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ChatResponse(new ChatMessage(ChatRole.Assistant, " ")));
        using var fallback = new FallbackChatClient(network.Object, new OfflineCoach(), NullLogger<FallbackChatClient>.Instance);

        var response = await fallback.GetResponseAsync([new ChatMessage(ChatRole.User, "I want to delegate more")]);

        Assert.Equal(OfflineCoach.ModelId, response.ModelId);
        Assert.False(string.IsNullOrWhiteSpace(response.Text));
    }
}

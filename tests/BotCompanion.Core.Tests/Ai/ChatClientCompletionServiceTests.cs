using BotCompanion.Core.Ai;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Moq;

namespace BotCompanion.Core.Tests.Ai;

public class ChatClientCompletionServiceTests
{
    private static readonly PromptPack Pack = PromptPackLoader.Load(RepoPaths.DefaultPack);

    [Fact]
    public async Task TheKernelsOfflineContext_ReachesTheChatClient_InTheChatOptions()
    {
        ChatOptions? seen = null;
        var client = new Mock<IChatClient>();
        client.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .Callback<IEnumerable<ChatMessage>, ChatOptions?, CancellationToken>((_, options, _) => seen = options)
            .ReturnsAsync(new ChatResponse(new ChatMessage(ChatRole.Assistant, "What matters most?")));
        var context = new OfflineTurnContext { Request = OfflineRequest.CoachReply, Pack = Pack, UserText = "I want to delegate more" };
        var kernel = new Kernel();
        kernel.Data[OfflineTurnContext.DataKey] = context;

        await new ChatClientCompletionService(client.Object).GetChatMessageContentsAsync(new ChatHistory("system"), kernel: kernel);

        Assert.Same(context, OfflineTurnContext.From(seen));
    }

    [Fact]
    public async Task TheReplysTextAndTokenUsage_ComeBackAsSemanticKernelContent()
    {
        var client = new Mock<IChatClient>();
        IEnumerable<ChatMessage>? sent = null;
        client.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .Callback<IEnumerable<ChatMessage>, ChatOptions?, CancellationToken>((messages, _, _) => sent = messages.ToList())
            .ReturnsAsync(new ChatResponse(new ChatMessage(ChatRole.Assistant, "What matters most?")) { ModelId = "m", Usage = new UsageDetails { InputTokenCount = 634, OutputTokenCount = 12 } });
        var history = new ChatHistory("You are a coach.");
        history.AddUserMessage("I want to delegate more");

        var reply = Assert.Single(await new ChatClientCompletionService(client.Object).GetChatMessageContentsAsync(history));

        Assert.Equal("What matters most?", reply.Content);
        Assert.Equal("m", reply.ModelId);
        var usage = reply.Metadata!["Usage"]!;
        Assert.Equal(634, usage.GetType().GetProperty("InputTokenCount")!.GetValue(usage));
        Assert.Equal(12, usage.GetType().GetProperty("OutputTokenCount")!.GetValue(usage));
        Assert.Equal([(ChatRole.System, "You are a coach."), (ChatRole.User, "I want to delegate more")], sent!.Select(m => (m.Role, m.Text)));
    }

    [Fact]
    public async Task TheOfflineCoach_StreamsTheSameReplyItGivesWhole()
    {
        var service = new ChatClientCompletionService(new OfflineCoach());
        var history = new ChatHistory("You are a coach.");
        history.AddUserMessage("I keep redoing my team's work");

        var whole = Assert.Single(await service.GetChatMessageContentsAsync(history)).Content;
        var streamed = string.Concat(await service.GetStreamingChatMessageContentsAsync(history).Select(c => c.Content).ToListAsync());

        Assert.Equal(whole, streamed.TrimEnd());
        Assert.Equal(OfflineCoach.ModelId, service.Attributes["ModelId"]);
    }
}

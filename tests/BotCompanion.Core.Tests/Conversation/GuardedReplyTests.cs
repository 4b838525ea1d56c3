using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Moq;

namespace BotCompanion.Core.Tests.Conversation;

/// <summary>What a network model says passes the directiveness guard before anyone sees it.</summary>
public class GuardedReplyTests
{
    [Fact]
    public async Task ModelDraftWithAdvice_IsRegeneratedThenReplacedByAPackQuestion()
    {
        var model = ModelSaying("You should just fire him and move on. What do you think?");
        await using var coach = new CoachHarness(services => services.Replace(ServiceDescriptor.Singleton(model.Object)));

        var result = await coach.SendAsync("My head of sales keeps missing targets and I don't know what to do about him.");

        var reply = result.Replies[^1].Text;
        Assert.DoesNotContain("should", reply, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("?", reply, StringComparison.Ordinal);
        Assert.Equal(2, result.Metrics!.ModelCalls);
        var counters = (await coach.StateAsync()).Coaching.Counters;
        Assert.Equal(1, counters.GuardRegenerations);
        Assert.Equal(1, counters.GuardReplacements);
    }

    [Fact]
    public async Task ModelDraftWithAdvice_RegeneratedCleanly_SendsTheRegeneratedReply()
    {
        var model = ModelSaying("I recommend you delegate it to your deputy.", "What would a good outcome look like for you?");
        await using var coach = new CoachHarness(services => services.Replace(ServiceDescriptor.Singleton(model.Object)));

        var result = await coach.SendAsync("I have too much on my plate this quarter and it is wearing me down.");

        Assert.Equal("What would a good outcome look like for you?", result.Replies[^1].Text);
        Assert.Equal(1, (await coach.StateAsync()).Coaching.Counters.GuardRegenerations);
    }

    [Fact]
    public async Task ModelReplyWithSeveralQuestions_KeepsOnlyTheFirst()
    {
        var model = ModelSaying("You're stretched thin. What matters most this week? And who could help? What else?");
        await using var coach = new CoachHarness(services => services.Replace(ServiceDescriptor.Singleton(model.Object)));

        var result = await coach.SendAsync("I have too much on my plate this quarter and it is wearing me down.");

        Assert.Equal("You're stretched thin. What matters most this week?", result.Replies[^1].Text);
    }

    private static Mock<IChatCompletionService> ModelSaying(params string[] replies)
    {
        var model = new Mock<IChatCompletionService>();
        var sequence = model.SetupSequence(m => m.GetChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings>(), It.IsAny<Kernel>(), It.IsAny<CancellationToken>()));
        foreach (var reply in replies.Concat(Enumerable.Repeat(replies[^1], 5)))
        {
            sequence = sequence.ReturnsAsync([new ChatMessageContent(AuthorRole.Assistant, reply)]);
        }

        model.SetupGet(m => m.Attributes).Returns(new Dictionary<string, object?>());
        return model;
    }
}

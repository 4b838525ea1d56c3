using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Moq;

namespace BotCompanion.Core.Tests.Rehearsal;

/// <summary>With a network model, the counterpart is played from the pack's Rehearse/Counterpart prompt.</summary>
public class NetworkCounterpartTests
{
    private static readonly PromptPack Pack = PromptPackLoader.Load(RepoPaths.DefaultPack);

    [Fact]
    public async Task TheModel_PlaysTheCounterpart_FromThePacksPrompt_WithOnlyTheRolePlaysTurns()
    {
        var prompts = new List<ChatHistory>();
        var model = new Mock<IChatCompletionService>();
        model.Setup(m => m.GetChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings>(), It.IsAny<Kernel>(), It.IsAny<CancellationToken>()))
            .Callback((ChatHistory history, PromptExecutionSettings? _, Kernel? _, CancellationToken _) => prompts.Add(history))
            .ReturnsAsync([new ChatMessageContent(AuthorRole.Assistant, "\"Show me the cost per hire first.\"")]);
        await using var coach = new CoachHarness(services => services.Replace(ServiceDescriptor.Singleton(model.Object)));
        await coach.SayAllAsync(
            "/mentor",
            "/rehearse Dev, our CFO",
            "I want his backing for two engineers before the budget round.",
            "He always wants the numbers first.");

        var reply = await coach.SendAsync("Dev, I'd like two more engineers this quarter.");

        Assert.Equal($"{Pack.Labels["rehearsalLabel", ("counterpart", "Dev, your CFO")]}\nShow me the cost per hire first.", reply.Replies[^1].Text);
        var system = prompts[^1].First(m => m.Role == AuthorRole.System).Content!;
        Assert.Contains("Dev, our CFO", system, StringComparison.Ordinal);
        Assert.Contains("two engineers before the budget round", system, StringComparison.Ordinal);
        Assert.Contains(Pack.Rehearsal.Resistances["numbers"].Description, system, StringComparison.Ordinal);
        Assert.Equal("Dev, I'd like two more engineers this quarter.", prompts[^1][^1].Content);
        Assert.DoesNotContain("GROW", system, StringComparison.Ordinal);
    }
}

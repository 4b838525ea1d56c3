using Microsoft.SemanticKernel.ChatCompletion;

namespace BotCompanion.Ai.Tests;

/// <summary>Server-sent events from an OpenAI-compatible server arrive as chunks that add up to the reply.</summary>
public class StreamingTests
{
    [Fact]
    public async Task StreamedReply_IsParsedIntoTheFullText()
    {
        await using var stub = await OpenAiStub.StartAsync(answering: StubResponse.Text("What would make this week feel like a success for you?"));
        await using var coach = ModelHarness.OpenAi(stub);
        var chat = coach.Services.GetRequiredService<IChatCompletionService>();

        var text = new StringBuilder();
        var chunks = 0;
        await foreach (var chunk in chat.GetStreamingChatMessageContentsAsync(new ChatHistory("You are a coach.")))
        {
            text.Append(chunk.Content);
            chunks++;
        }

        Assert.Equal("What would make this week feel like a success for you?", text.ToString());
        Assert.True(chunks > 1);
        Assert.Contains("\"stream\":true", Assert.Single(stub.Completions).Body, StringComparison.Ordinal);
    }
}

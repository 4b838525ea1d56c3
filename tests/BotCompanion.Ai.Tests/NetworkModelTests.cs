namespace BotCompanion.Ai.Tests;

/// <summary>The OpenAI and Azure OpenAI paths over real HTTP, against an OpenAI-compatible stub server.</summary>
public class NetworkModelTests
{
    [Fact]
    public async Task OpenAiCompatibleServer_GetsThePacksCoachingPrompt_AndItsQuestionIsSent()
    {
        await using var stub = await OpenAiStub.StartAsync(answering: StubResponse.Text("What would a good outcome look like for you?"));
        await using var coach = ModelHarness.OpenAi(stub);

        var replies = await coach.SendAsync("I want to get better at delegating to my team");

        Assert.Equal("What would a good outcome look like for you?", replies[^1].Text);
        var request = Assert.Single(stub.Completions);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer test-key-not-a-secret", request.Headers["Authorization"]);
        var messages = JsonDocument.Parse(request.Body).RootElement.GetProperty("messages");
        Assert.Contains("You coach; you do not mentor.", messages[0].GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal("I want to get better at delegating to my team", messages[messages.GetArrayLength() - 1].GetProperty("content").GetString());
        Assert.Equal("stub-model", JsonDocument.Parse(request.Body).RootElement.GetProperty("model").GetString());
    }

    [Fact]
    public async Task AzureOpenAi_PostsToTheDeployment_WithTheApiKeyHeader()
    {
        await using var stub = await OpenAiStub.StartAsync(answering: StubResponse.Text("What's at stake for you here?"));
        await using var coach = new ModelHarness(new()
        {
            ["Ai:Provider"] = "AzureOpenAI",
            ["Ai:Endpoint"] = stub.BaseAddress.ToString(),
            ["Ai:Deployment"] = "coach-deployment",
            ["Ai:ApiKey"] = "azure-test-key",
        });

        var replies = await coach.SendAsync("The board meeting is next week and I'm not ready");

        Assert.Equal("What's at stake for you here?", replies[^1].Text);
        var request = Assert.Single(stub.Completions);
        Assert.StartsWith("/openai/deployments/coach-deployment/chat/completions?api-version=", request.Path, StringComparison.Ordinal);
        Assert.Equal("azure-test-key", request.Headers["api-key"]);
        Assert.False(request.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task TooManyRequests_IsRetriedAfterRetryAfter_ThenTheAnswerIsUsed()
    {
        await using var stub = await OpenAiStub.StartAsync();
        stub.Enqueue(StubResponse.Fail(429, retryAfter: "0"), StubResponse.Fail(503));
        stub.Default = StubResponse.Text("What would success look like?");
        await using var coach = ModelHarness.OpenAi(stub);

        var replies = await coach.SendAsync("I keep putting off the reorganisation");

        Assert.Equal("What would success look like?", replies[^1].Text);
        Assert.Equal(3, stub.Completions.Count);
        Assert.True(coach.Logged("ModelRetry"));
        Assert.False(coach.Logged("ModelFallback"));
    }

    [Fact]
    public async Task RetryAfterLongerThanAllowed_FallsBackAtOnce_InsteadOfKeepingThePersonWaiting()
    {
        await using var stub = await OpenAiStub.StartAsync(answering: StubResponse.Fail(429, retryAfter: "120"));
        await using var coach = ModelHarness.OpenAi(stub);

        var replies = await coach.SendAsync("I keep putting off the reorganisation");

        Assert.Single(stub.Completions);
        Assert.EndsWith("?", replies[^1].Text, StringComparison.Ordinal);
        Assert.Contains(coach.Logs.Entries, e => e.Event.Name == "ModelFallback" && e.Message.Contains("HTTP 429", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ServerErrors_AfterRetries_TheOfflineCoachAsksTheQuestion_AndTheLogSaysSo()
    {
        await using var stub = await OpenAiStub.StartAsync(answering: StubResponse.Fail(500));
        await using var coach = ModelHarness.OpenAi(stub, ("Ai:MaxRetries", "2"));

        var replies = await coach.SendAsync("I want to prepare for a difficult conversation with my CFO");

        Assert.Equal(3, stub.Completions.Count);
        Assert.EndsWith("?", replies[^1].Text, StringComparison.Ordinal);
        var fallback = Assert.Single(coach.Logs.Entries, e => e.Event.Name == "ModelFallback");
        Assert.Contains("HTTP 500", fallback.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("CFO", fallback.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowModel_TimesOut_AndTheOfflineCoachAnswers()
    {
        await using var stub = await OpenAiStub.StartAsync(answering: StubResponse.Slow(TimeSpan.FromSeconds(10), "Too late to matter?"));
        await using var coach = ModelHarness.OpenAi(stub, ("Ai:Timeout", "00:00:00.200"), ("Ai:MaxRetries", "0"));

        var replies = await coach.SendAsync("I want to think about my next career move");

        Assert.NotEqual("Too late to matter?", replies[^1].Text);
        Assert.EndsWith("?", replies[^1].Text, StringComparison.Ordinal);
        Assert.True(coach.Logged("ModelTimeout"));
        Assert.Contains(coach.Logs.Entries, e => e.Event.Name == "ModelFallback" && e.Message.Contains("timeout", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ModelThatGivesAdvice_IsCaughtByTheGuard_AndTheAdviceIsNeverSent()
    {
        await using var stub = await OpenAiStub.StartAsync(answering: StubResponse.Text("You should fire him and hire someone better."));
        await using var coach = ModelHarness.OpenAi(stub);

        var replies = await coach.SendAsync("One of my directs keeps missing deadlines");

        Assert.All(replies, r => Assert.DoesNotContain("fire him", r.Text, StringComparison.Ordinal));
        Assert.EndsWith("?", replies[^1].Text, StringComparison.Ordinal);
        Assert.Equal(2, stub.Completions.Count);
        Assert.Contains("Your previous draft gave advice", stub.Completions[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MentorAdvice_IsLabelled_AndNeverReachesTheCoachingPromptAsTheExecutivesWords()
    {
        await using var stub = await OpenAiStub.StartAsync(answering: StubResponse.Text("Consider delegating the quarterly report to Sam."));
        await using var coach = ModelHarness.OpenAi(stub);
        await coach.SendAsync("I want to free up time for strategy");
        await coach.SendAsync("/mentor");

        var mentor = await coach.SendAsync("How do experienced leaders free up time?");
        await coach.SendAsync("/coach");
        stub.Default = StubResponse.Text("What would you do with that time?");
        await coach.SendAsync("I'm back, let's keep going");

        Assert.Equal(BotCompanion.Core.Messages.ReplyMode.Mentor, mentor[^1].Mode);
        Assert.Contains("delegating the quarterly report", mentor[^1].Text, StringComparison.Ordinal);
        var lastCoaching = stub.Completions[^1].Body;
        Assert.Contains("You coach; you do not mentor.", lastCoaching, StringComparison.Ordinal);
        Assert.DoesNotContain("delegating the quarterly report", lastCoaching, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScriptedSession_MakesAtMostTwoModelCallsPerTurnOnAverage()
    {
        await using var stub = await OpenAiStub.StartAsync(answering: StubResponse.Text("What else comes to mind?"));
        await using var coach = ModelHarness.OpenAi(stub);
        string[] turns =
        [
            "I want to get better at delegating", "I take work back when deadlines slip", "Priya and Tom could own the weekly report",
            "I could agree checkpoints with them", "I'll agree weekly checkpoints with Priya by Friday", "yes", "no thanks", "/done",
        ];

        foreach (var turn in turns)
        {
            await coach.SendAsync(turn);
        }

        var perTurn = (double)stub.Completions.Count / turns.Length;
        Assert.InRange(perTurn, 0.1, 2.0);
    }
}

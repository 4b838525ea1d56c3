using BotCompanion.Ai.Tests.Support;
using BotCompanion.Core.Guard;
using BotCompanion.Core.Guard.Ngrams;

namespace BotCompanion.Web.Tests.Guard;

/// <summary>
/// The guard through the real pipeline: the host's OpenAI connector talks to a local OpenAI-compatible stub that
/// answers every draft with advice in English, Spanish, French or German, and the person never sees it; crisis messages in
/// English, Spanish, French and German get the safety reply without the model being asked.
/// </summary>
public sealed class MultilingualGuardTests : IAsyncLifetime
{
    private readonly RecordingLoggerProvider _logs = new();
    private OpenAiStub _model = null!;
    private TeamsBed _bed = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _model = await OpenAiStub.StartAsync();
        _bed = await TeamsBed.StartAsync(_model.Settings(), services => services.AddSingleton<ILoggerProvider>(_logs));
        _client = _bed.Host.NewClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bed.DisposeAsync();
        await _model.DisposeAsync();
    }

    [Theory]
    [InlineData("I have too many meetings and get nothing done.", "You should cancel half of your meetings and delegate the report.")]
    [InlineData("Tengo demasiadas reuniones y no llego a nada.", "Deberías cancelar la mitad de tus reuniones y delegar el informe.")]
    [InlineData("J'ai trop de réunions et je n'avance sur rien.", "Vous devriez annuler la moitié de vos réunions et déléguer le rapport.")]
    [InlineData("Ich habe zu viele Meetings und komme zu nichts.", "Sie sollten die Hälfte Ihrer Meetings absagen und den Bericht delegieren.")]
    [InlineData("Ho troppe riunioni e non concludo niente.", "Dovresti annullare la metà delle tue riunioni e delegare il rapporto.")]
    public async Task ModelAnswersWithAdviceInTheirLanguage_TheCoachingReplyIsReplaced(string said, string advice)
    {
        _model.Default = StubResponse.Text(advice);

        var replies = await TurnAsync(said, "a:conv-advice");

        Assert.True(_model.Completions.Count >= 2, "the advice draft was not regenerated");
        Assert.NotEmpty(replies);
        Assert.DoesNotContain(replies, r => r.Contains(advice, StringComparison.Ordinal));
        var guard = _bed.Host.Services.GetRequiredService<IDirectivenessGuard>();
        Assert.False(guard.Score(replies[^1]).IsAdvice, replies[^1]);
    }

    [Theory]
    [InlineData("I can't go on like this anymore.")]
    [InlineData("Ya no puedo más, no veo salida.")]
    [InlineData("Je n'en peux plus, je veux en finir.")]
    [InlineData("Ich kann nicht mehr, ich will nicht mehr leben.")]
    [InlineData("Honestly, I can't go on.")]
    [InlineData("No veo salida.")]
    [InlineData("Je veux en finir.")]
    [InlineData("Ich will nicht mehr.")]
    public async Task CrisisMessageInAnyOfTheFourLanguages_GetsTheSafetyReply(string said)
    {
        _model.Default = StubResponse.Text("What would you like to talk about today?");

        var replies = await TurnAsync(said, "a:conv-crisis");

        Assert.Contains(replies, r => r.Contains("116 123", StringComparison.Ordinal) && r.Contains("988", StringComparison.Ordinal));
        Assert.Empty(_model.Completions);
    }

    [Fact]
    public void WebHost_RunsTheRulesWithTheShippedNgramModel_AndLogsItsHashAtStartUp()
    {
        var classifier = Assert.IsType<NgramAdviceClassifier>(_bed.Host.Services.GetRequiredService<IAdviceClassifier>());

        Assert.Equal("guard-ngrams.v1", classifier.Model.Version);
        var loaded = Assert.Single(_logs.Entries, e => e.Event.Id == 1400);
        Assert.Matches("SHA-256 [0-9a-f]{64}", loaded.Message);
    }

    private async Task<List<string>> TurnAsync(string said, string conversation)
    {
        var message = Activities.Message(_bed.Connector.ServiceUrl, said, conversation);
        message["deliveryMode"] = "expectReplies";
        var response = await _client.PostAsync(new Uri("/api/messages", UriKind.Relative), Activities.Json(message));
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return [.. body["activities"]!.AsArray().Select(a => (string?)a!["text"] ?? "").Where(t => t.Length > 0)];
    }
}

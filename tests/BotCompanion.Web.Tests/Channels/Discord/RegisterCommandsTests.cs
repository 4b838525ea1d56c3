using BotCompanion.Channels.Discord;
using BotCompanion.Cli.Commands;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BotCompanion.Web.Tests.Channels.Discord;

/// <summary><c>botcompanion discord register-commands</c> against the REST stub, with the shipped definition file.</summary>
public sealed class RegisterCommandsTests : IAsyncLifetime
{
    private DiscordRestStub _rest = null!;

    public async Task InitializeAsync() => _rest = await DiscordRestStub.StartAsync();

    public async Task DisposeAsync() => await _rest.DisposeAsync();

    [Fact]
    public async Task ShippedDefinitions_ArePutAsGlobalDmCommands_CoveringEveryCommandTheBotAnswers()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await DiscordCommand.RegisterAsync(Client(), "1288077469286531073", new FileInfo(Definitions), output, error, default);

        Assert.Equal(0, exit);
        var put = await _rest.NextAsync("PUT", "/applications/1288077469286531073/commands");
        Assert.Equal("Bot test-bot-token", put.Authorization);
        var names = put.Body.EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Equal(["coach", "coach-link", "commitments", "done", "forget", "help", "mentor", "nudges", "privacy", "progress", "reflect", "rehearse", "share", "shared", "unshare"], names.Order());
        Assert.All(put.Body.EnumerateArray(), c => Assert.Equal([1], c.GetProperty("contexts").EnumerateArray().Select(x => x.GetInt32())));
    }

    [Fact]
    public async Task InvalidDefinition_IsRefusedWithTheReason_AndNothingIsSent()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, """[{"name":"Reflect Now","description":"x","contexts":[1]}]""");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await DiscordCommand.RegisterAsync(Client(), "1", new FileInfo(file), output, error, default);

        Assert.Equal(2, exit);
        Assert.Contains("Reflect Now", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_rest.All);
        File.Delete(file);
    }

    private DiscordRestClient Client() =>
        new(new HttpClient(), Options.Create(new DiscordOptions { BotToken = "test-bot-token", ApiBaseUrl = _rest.ApiBaseUrl }), TimeProvider.System, NullLogger<DiscordRestClient>.Instance);

    private static string Definitions
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var path = Path.Combine(dir.FullName, "infra", "discord", "commands.json");
                if (File.Exists(path))
                {
                    return path;
                }
            }

            throw new FileNotFoundException("infra/discord/commands.json");
        }
    }
}

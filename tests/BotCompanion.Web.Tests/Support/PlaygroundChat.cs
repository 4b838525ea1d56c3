using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace BotCompanion.Web.Tests.Support;

/// <summary>
/// The Microsoft 365 Agents Playground (installed by ./test.sh) started headless on a free port against a real bot
/// host whose connector calls are recorded, and its personal chat ready to talk in.
/// </summary>
public sealed class PlaygroundChat : IAsyncDisposable
{
    private readonly BotHost _bot;
    private readonly Process _playground;

    private PlaygroundChat(RecordingHandler recorder, BotHost bot, Process playground, HttpClient http)
    {
        Recorder = recorder;
        _bot = bot;
        _playground = playground;
        Http = http;
    }

    /// <summary>Every call the bot made to the Playground's connector.</summary>
    public RecordingHandler Recorder { get; }

    /// <summary>The Playground's own HTTP API.</summary>
    public HttpClient Http { get; }

    /// <summary>The id of the personal chat.</summary>
    public string Id { get; private set; } = "";

    public static async Task<PlaygroundChat> StartAsync()
    {
        var recorder = new RecordingHandler();
        var bot = new RecordingBotHost(recorder);
        var port = Ports.Unused();
        var chat = new PlaygroundChat(recorder, bot, StartPlayground(bot.BaseAddress, port), new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") });
        chat.Id = await PersonalChatIdAsync(chat.Http);
        return chat;
    }

    /// <summary>The user types <paramref name="text"/> in the personal chat.</summary>
    public async Task SayAsync(string text)
    {
        var sent = await Http.PostAsJsonAsync($"/_conversation/v1/conversations/{Id}/messages", new { from = new { id = "user-id-0" }, text, textFormat = "plain" });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        _playground.Kill(entireProcessTree: true);
        _playground.WaitForExit(5000);
        _playground.Dispose();
        await _bot.DisposeAsync();
    }

    private static Process StartPlayground(Uri bot, int port)
    {
        var cli = Environment.GetEnvironmentVariable("BOTCOMPANION_TEST_PLAYGROUND");
        Assert.True(File.Exists(cli), "node is installed but the Agents Playground is not: run the tests with ./test.sh, which installs it (BOTCOMPANION_TEST_PLAYGROUND).");
        var work = Directory.CreateTempSubdirectory("playground-").FullName;

        // The Playground opens a browser on start; a no-op xdg-open keeps it headless.
        var bin = Directory.CreateDirectory(Path.Combine(work, "bin")).FullName;
        File.WriteAllText(Path.Combine(bin, "xdg-open"), "#!/bin/sh\nexit 0\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(bin, "xdg-open"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var start = new ProcessStartInfo("node", [cli, "-e", new Uri(bot, "/api/messages").ToString(), "-c", "msteams", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--dt"])
        {
            WorkingDirectory = work,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH");
        return Process.Start(start)!;
    }

    private static async Task<string> PersonalChatIdAsync(HttpClient http)
    {
        for (var i = 0; i < 150; i++)
        {
            try
            {
                var config = await http.GetFromJsonAsync<JsonElement>("/_internal/v1/config");
                return config.GetProperty("config").GetProperty("personalChat").GetProperty("id").GetString()!;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("The Agents Playground did not start within 15 s.");
    }

    private sealed class RecordingBotHost(RecordingHandler recorder) : BotHost
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddHttpClient<ConnectorClient>().AddHttpMessageHandler(() => recorder));
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using BotCompanion.Channels.Teams;
using BotCompanion.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BotCompanion.Web.Tests.Channels;

/// <summary>
/// Drives the Microsoft 365 Agents Playground (a real Teams-like client and connector, from npm) headlessly through
/// its HTTP API against the real host. ./test.sh installs it when node is present; without node the test is skipped
/// and counted as such.
/// </summary>
public sealed class AgentsPlaygroundTests
{
    [PlaygroundFact]
    public async Task PlaygroundUserMessage_GetsTheBotsReplyThroughThePlaygroundConnector()
    {
        var recorder = new RecordingHandler();
        await using var bot = new RecordingBotHost(recorder);
        var port = FreePort();
        using var playground = StartPlayground(bot.BaseAddress, port);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var chatId = await PersonalChatIdAsync(http);

        var sent = await http.PostAsJsonAsync($"/_conversation/v1/conversations/{chatId}/messages", new { from = new { id = "user-id-0" }, text = "I want to get better at delegating.", textFormat = "plain" });

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var reply = await WaitForAsync(() => recorder.Calls.FirstOrDefault(c => c.Body.Contains("\"type\":\"message\"", StringComparison.Ordinal) && c.Body.Contains("delegating", StringComparison.OrdinalIgnoreCase) && c.Uri.AbsolutePath.Contains("/_connector/v3/conversations/", StringComparison.Ordinal)));
        Assert.InRange(reply.Status, 200, 299);
        Assert.Contains(recorder.Calls, c => c.Body.Contains("AI coaching companion", StringComparison.Ordinal) && c.Status is >= 200 and < 300);
    }

    [PlaygroundFact]
    public async Task PlaygroundCoachingConversation_EndsWithACommitmentConfirmedByACardButton()
    {
        var recorder = new RecordingHandler();
        await using var bot = new RecordingBotHost(recorder);
        var port = FreePort();
        using var playground = StartPlayground(bot.BaseAddress, port);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var chatId = await PersonalChatIdAsync(http);
        await SayAsync(http, chatId, "I want to get better at delegating.");
        await WaitForAsync(() => recorder.Calls.FirstOrDefault(c => c.Body.Contains("delegating", StringComparison.OrdinalIgnoreCase) && c.Body.Contains("\"type\":\"message\"", StringComparison.Ordinal)).Body);
        await SayAsync(http, chatId, "I'll agree weekly checkpoints with Priya by Friday 3pm");
        var readBack = await WaitForAsync(() => recorder.Calls.FirstOrDefault(c => c.Body.Contains(AdaptiveCards.ContentType, StringComparison.Ordinal) && c.Body.Contains("weekly checkpoints", StringComparison.Ordinal) && c.Status is >= 200 and < 300).Answer);
        var card = JsonDocument.Parse(recorder.Calls.First(c => c.Answer == readBack).Body).RootElement.GetProperty("attachments")[0].GetProperty("content");
        var confirm = card.GetProperty("actions")[0];
        Assert.Equal("Confirm", confirm.GetProperty("title").GetString());

        // The Playground's own endpoint for an Action.Execute click: it sends the adaptiveCard/action invoke to the bot.
        var clicked = await http.PostAsJsonAsync("/_conversation/v1/invoke", new
        {
            name = "adaptiveCard/action",
            from = new { id = "user-id-0" },
            conversation = new { id = chatId },
            replyToId = JsonDocument.Parse(readBack).RootElement.GetProperty("id").GetString(),
            value = new { action = new { type = "Action.Execute", verb = "send", data = confirm.GetProperty("data") } },
        });

        Assert.Equal(HttpStatusCode.OK, clicked.StatusCode);
        var answer = await clicked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(AdaptiveCards.ContentType, answer.GetProperty("type").GetString());
        Assert.Contains("Saved", answer.GetProperty("value").GetProperty("fallbackText").GetString(), StringComparison.Ordinal);
    }

    private static async Task SayAsync(HttpClient playground, string chatId, string text)
    {
        var sent = await playground.PostAsJsonAsync($"/_conversation/v1/conversations/{chatId}/messages", new { from = new { id = "user-id-0" }, text, textFormat = "plain" });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
    }

    private static KillOnDispose StartPlayground(Uri bot, int port)
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
        return new KillOnDispose(Process.Start(start)!);
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

    private static async Task<T> WaitForAsync<T>(Func<T?> probe)
    {
        for (var i = 0; i < 200; i++)
        {
            if (probe() is { } found && !EqualityComparer<T>.Default.Equals(found, default))
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("No reply reached the Playground within 20 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class RecordingBotHost(RecordingHandler recorder) : BotHost
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddHttpClient<ConnectorClient>().AddHttpMessageHandler(() => recorder));
        }
    }

    private sealed class KillOnDispose(Process process) : IDisposable
    {
        public void Dispose()
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
            process.Dispose();
        }
    }
}

/// <summary>Runs when node is on PATH; then the Playground must have been installed (by ./test.sh), or the test fails.</summary>
public sealed class PlaygroundFactAttribute : FactAttribute
{
    public PlaygroundFactAttribute()
    {
        var nodeOnPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, "node")));
        if (!nodeOnPath)
        {
            Skip = "node is not installed, so the Agents Playground cannot run here.";
        }
    }
}

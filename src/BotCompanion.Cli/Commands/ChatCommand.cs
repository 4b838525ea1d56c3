using BotCompanion.Core.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace BotCompanion.Cli.Commands;

/// <summary><c>chat</c>: talk to the coach in a terminal; <c>chat --jsonl</c>: one JSON line out per line in, for scripts.</summary>
internal static class ChatCommand
{
    public static Command Create()
    {
        var jsonl = new Option<bool>("--jsonl") { Description = "Read one message per stdin line; write exactly one JSON line per message: {\"replies\":[{\"text\":…,\"mode\":\"coaching\"|\"mentor\"}]}" };
        var conversation = new Option<string>("--conversation") { Description = "Conversation id; the same id resumes the same conversation.", DefaultValueFactory = _ => Environment.UserName };
        var timeZone = new Option<string?>("--time-zone") { Description = "Your IANA time zone, e.g. Europe/London (default: this machine's)." };
        var command = new Command("chat", "Talk to the coach in this terminal.") { jsonl, conversation, timeZone };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = CliHost.Build();
            await host.StartAsync(cancellationToken);
            var session = new ChatSession(
                host.Services.GetRequiredService<TurnProcessor>(),
                host.Services.GetRequiredService<TimeProvider>(),
                parse.GetValue(conversation)!,
                parse.GetValue(timeZone) ?? TimeZoneInfo.Local.Id);
            var exit = parse.GetValue(jsonl)
                ? await session.RunJsonlAsync(Console.In, Console.Out, cancellationToken)
                : await session.RunInteractiveAsync(Console.In, Console.Out, cancellationToken);
            await host.StopAsync(CancellationToken.None);
            return exit;
        });
        return command;
    }
}

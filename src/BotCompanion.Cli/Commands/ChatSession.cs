using System.Text.Json.Serialization;
using BotCompanion.Core.Messages;
using BotCompanion.Core.Turns;

namespace BotCompanion.Cli.Commands;

/// <summary>Runs terminal turns through the same <see cref="TurnProcessor"/> every channel uses.</summary>
internal sealed class ChatSession(TurnProcessor processor, TimeProvider time, string conversationId, string timeZone)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private int _sequence;

    public async Task<int> RunJsonlAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            var result = await SendAsync(line, cancellationToken);
            var payload = new JsonlLine([.. result.Replies.Select(r => new JsonlReply(r.Text, ModeName(r.Mode)) { SuggestedActions = r.SuggestedActions.Count > 0 ? r.SuggestedActions : null })])
            {
                Metrics = result.Metrics,
            };
            await output.WriteLineAsync(JsonSerializer.Serialize(payload, Json));
            await output.FlushAsync(cancellationToken);
        }

        return 0;
    }

    public async Task<int> RunInteractiveAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync("BotCompanion terminal chat. Type /help for commands, Ctrl+D to leave.");
        var opening = await processor.ProcessAsync(Message("", IncomingKind.ConversationStarted), cancellationToken);
        await PrintAsync(output, opening);
        while (true)
        {
            await output.WriteAsync("you> ");
            await output.FlushAsync(cancellationToken);
            if (await input.ReadLineAsync(cancellationToken) is not { } line)
            {
                return 0;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            await PrintAsync(output, await SendAsync(line, cancellationToken));
        }
    }

    private Task<TurnResult> SendAsync(string text, CancellationToken cancellationToken) =>
        processor.ProcessAsync(Message(text.Trim(), IncomingKind.Message), cancellationToken);

    private IncomingMessage Message(string text, IncomingKind kind) => new()
    {
        Conversation = new ConversationKey("cli", conversationId),
        UserId = "cli:" + conversationId,
        Text = text,
        Kind = kind,
        Timestamp = time.GetUtcNow(),
        TimeZone = timeZone,
        MessageId = $"{time.GetUtcNow().ToUnixTimeMilliseconds()}-{Interlocked.Increment(ref _sequence)}",
    };

    private static async Task PrintAsync(TextWriter output, TurnResult result)
    {
        foreach (var reply in result.Replies)
        {
            await output.WriteLineAsync((reply.Mode == ReplyMode.Mentor ? "mentor> " : "coach> ") + reply.Text);
            if (reply.SuggestedActions.Count > 0)
            {
                await output.WriteLineAsync("        [" + string.Join("] [", reply.SuggestedActions) + "]");
            }
        }
    }

    private static string ModeName(ReplyMode mode) => mode == ReplyMode.Mentor ? "mentor" : "coaching";

    private sealed record JsonlLine(IReadOnlyList<JsonlReply> Replies)
    {
        public TurnMetrics? Metrics { get; init; }
    }

    private sealed record JsonlReply(string Text, string Mode)
    {
        public IReadOnlyList<string>? SuggestedActions { get; init; }
    }
}

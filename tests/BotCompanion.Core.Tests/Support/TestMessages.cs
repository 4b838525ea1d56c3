namespace BotCompanion.Core.Tests.Support;

internal static class TestMessages
{
    private static int _sequence;

    public static IncomingMessage Text(string text, string conversation = "c1", string? messageId = null) => new()
    {
        Conversation = new ConversationKey("test", conversation),
        UserId = "user-" + conversation,
        Text = text,
        Timestamp = DateTimeOffset.Parse("2026-11-24T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        MessageId = messageId ?? "m" + Interlocked.Increment(ref _sequence),
    };
}

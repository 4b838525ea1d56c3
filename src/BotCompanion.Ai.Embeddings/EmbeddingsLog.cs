using Microsoft.Extensions.Logging;

namespace BotCompanion.Ai.Embeddings;

internal static partial class EmbeddingsLog
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Information, Message = "Guard classifier {Version} ({Encoder}) loaded: SHA-256 {Sha256}, threshold {Threshold}")]
    public static partial void HeadLoaded(ILogger logger, string version, string encoder, string sha256, double threshold);
}

namespace BotCompanion.Channels.Discord;

/// <summary>A Discord REST call failed for good: the HTTP status and Discord's JSON error code, when it gave one.</summary>
public sealed class DiscordApiException : Exception
{
    public DiscordApiException()
    {
    }

    public DiscordApiException(string message)
        : base(message)
    {
    }

    public DiscordApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DiscordApiException(HttpStatusCode status, int? code, string message)
        : base(message)
    {
        Status = status;
        Code = code;
    }

    public HttpStatusCode Status { get; }

    /// <summary>Discord's error code, e.g. 50007 "Cannot send messages to this user".</summary>
    public int? Code { get; }

    public const int CannotMessageUser = 50007;
}

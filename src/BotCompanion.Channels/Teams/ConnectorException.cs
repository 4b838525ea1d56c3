namespace BotCompanion.Channels.Teams;

/// <summary>The Bot Connector refused a call for good (after retries, or with a non-transient status).</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(HttpStatusCode status, string? subCode)
        : base($"The Bot Connector answered {(int)status} {status}{(subCode is null ? "" : $" ({subCode})")}.")
    {
        Status = status;
        SubCode = subCode;
    }

    public HttpStatusCode Status { get; }

    public string? SubCode { get; }
}

namespace BotCompanion.Core.Nudges;

/// <summary>The person cannot be reached on this channel any more (blocked, uninstalled, DMs closed).</summary>
public sealed class RecipientUnreachableException : Exception
{
    public RecipientUnreachableException()
    {
    }

    public RecipientUnreachableException(string message)
        : base(message)
    {
    }

    public RecipientUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

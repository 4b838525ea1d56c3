namespace BotCompanion.Channels.Turns;

/// <summary>This instance no longer holds a journaled turn: another one took it over and finishes it.</summary>
internal sealed class LeaseLostException : Exception
{
    public LeaseLostException()
        : base("The turn's lease ran out and another instance took it over.")
    {
    }

    public LeaseLostException(string message)
        : base(message)
    {
    }

    public LeaseLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

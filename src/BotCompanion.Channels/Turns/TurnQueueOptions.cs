using System.ComponentModel.DataAnnotations;

namespace BotCompanion.Channels.Turns;

public sealed class TurnQueueOptions
{
    public const string SectionName = "Turns";

    /// <summary>Turns waiting to be handled before new ones are refused with 503. Set Turns:Capacity.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Turns:Capacity must be between 1 and 1,000,000.")]
    public int Capacity { get; set; } = 10_000;

    /// <summary>Conversations handled at the same time. Set Turns:MaxConcurrency.</summary>
    [Range(1, 1024, ErrorMessage = "Turns:MaxConcurrency must be between 1 and 1024.")]
    public int MaxConcurrency { get; set; } = 32;

    /// <summary>
    /// How long a reply may take before the typing indicator is shown; a faster reply is sent alone. Zero shows it
    /// at once. Set Turns:TypingGrace (e.g. "00:00:00.400").
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30", ErrorMessage = "Turns:TypingGrace must be between 00:00:00 and 00:00:30.")]
    public TimeSpan TypingGrace { get; set; } = TimeSpan.FromMilliseconds(400);
}

using System.ComponentModel.DataAnnotations;

namespace BotCompanion.Core.Nudges;

public sealed class NudgeOptions
{
    public const string SectionName = "Nudges";

    /// <summary>Run the nudge scheduler in this instance. Set Nudges:Enabled.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often due nudges are looked for. Set Nudges:PollInterval.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00", ErrorMessage = "Nudges:PollInterval must be between 10 ms and 1 hour.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Random extra wait per poll, so instances sharing one Redis don't poll in lockstep. Set Nudges:PollJitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "Nudges:PollJitter must be between 0 and 1 hour.")]
    public TimeSpan PollJitter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Nudges claimed per poll. Set Nudges:BatchSize.</summary>
    [Range(1, 10_000, ErrorMessage = "Nudges:BatchSize must be between 1 and 10000.")]
    public int BatchSize { get; set; } = 50;

    /// <summary>Nudges handled at once per instance. Set Nudges:MaxConcurrency.</summary>
    [Range(1, 256, ErrorMessage = "Nudges:MaxConcurrency must be between 1 and 256.")]
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>How long a claimed nudge is held before another instance may take it over. Set Nudges:Lease.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Nudges:Lease must be between 1 second and 1 hour.")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>First retry delay after a transient delivery failure; doubles up to an hour. Set Nudges:RetryBaseDelay.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "Nudges:RetryBaseDelay must be between 1 ms and 1 hour.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);
}

using System.ComponentModel.DataAnnotations;

namespace BotCompanion.Core.Turns;

/// <summary>How this instance reads the durable turn journal (used only when Redis is configured).</summary>
public sealed class TurnJournalOptions
{
    public const string SectionName = "Turns";

    /// <summary>
    /// This instance's name in the journal's consumer group. Stable across restarts of the same instance, so a
    /// restarted instance finishes its own unfinished turns at once; distinct per instance. Set Turns:InstanceName;
    /// the default is the host name and process id (a container's process id is the same at every start).
    /// </summary>
    [RegularExpression("^[A-Za-z0-9._:-]{1,100}$", ErrorMessage = "Turns:InstanceName must be 1 to 100 letters, digits, '.', '_', ':' or '-'.")]
    public string InstanceName { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>How long a turn held by an instance that stopped renewing it waits before another takes it. Set Turns:Lease.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Turns:Lease must be between 00:00:01 and 00:10:00.")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a turn is taken before it is set aside as poison. Set Turns:MaxDeliveries.</summary>
    [Range(1, 100, ErrorMessage = "Turns:MaxDeliveries must be between 1 and 100.")]
    public int MaxDeliveries { get; set; } = 8;

    /// <summary>How often an idle instance looks for new turns written by other instances. Set Turns:PollInterval.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:10", ErrorMessage = "Turns:PollInterval must be between 00:00:00.010 and 00:00:10.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);
}

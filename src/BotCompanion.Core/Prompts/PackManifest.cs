using System.Text.Json.Serialization;

namespace BotCompanion.Core.Prompts;

/// <summary>pack.json: who the pack is and the evaluation thresholds it must meet.</summary>
public sealed class PackManifest
{
    public string Name { get; set; } = "";

    public string Version { get; set; } = "";

    public string Description { get; set; } = "";

    public List<string> Languages { get; set; } = [];

    /// <summary>What <c>prompts eval</c> requires of the pack; absent = the defaults below.</summary>
    public PackThresholds? EvalThresholds { get; set; }

    /// <summary>The older name of <see cref="EvalThresholds"/>, still read so that existing packs keep working.</summary>
    public PackThresholds? Thresholds { get; set; }

    [JsonIgnore]
    public PackThresholds EffectiveThresholds => EvalThresholds ?? Thresholds ?? new();
}

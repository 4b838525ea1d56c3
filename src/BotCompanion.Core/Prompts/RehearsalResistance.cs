namespace BotCompanion.Core.Prompts;

/// <summary>One kind of resistance a rehearsed counterpart puts up: how it is offered and recognised, and its offline lines.</summary>
public sealed class RehearsalResistance
{
    /// <summary>The button that picks it ("Interrupts").</summary>
    public string Button { get; set; } = "";

    /// <summary>What the counterpart does, completing "I'll play {counterpart}, who …"; also given to a network model.</summary>
    public string Description { get; set; } = "";

    /// <summary>Words in the executive's description that mean this kind ("cuts me off" means interrupts), lower case.</summary>
    public List<string> Cues { get; set; } = [];

    /// <summary>What the counterpart says offline, one line a reply; <c>{echo}</c> stands for the executive's own words.</summary>
    public List<string> Lines { get; set; } = [];
}

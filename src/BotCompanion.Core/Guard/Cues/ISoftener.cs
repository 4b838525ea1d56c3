namespace BotCompanion.Core.Guard.Cues;

/// <summary>A frame that takes the direction out of a cue: their own words reflected back, asking permission, asking for their ideas.</summary>
internal interface ISoftener
{
    string Name { get; }

    bool Applies(GuardSentence sentence, ICue cue);
}

namespace BotCompanion.Core.Guard.Cues;

/// <summary>One named family of linguistic cues for advice or direction; <see cref="Weight"/> is its score.</summary>
internal interface ICue
{
    string Name { get; }

    double Weight { get; }

    bool Matches(GuardSentence sentence);
}

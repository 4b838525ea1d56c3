namespace BotCompanion.Core.Prompts;

/// <summary>
/// offline/phrases.json: the wordings the offline coach varies between (reflection openers, the coaching boundary,
/// the mentor offer…), so no sentence a person reads is fixed in code and none comes twice in a row.
/// </summary>
public sealed class PhraseBank(IReadOnlyDictionary<string, IReadOnlyList<string>> sets)
{
    /// <summary>Each set and the placeholders every one of its phrases must carry.</summary>
    public static IReadOnlyDictionary<string, string[]> RequiredSets { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [PhraseSets.Reflect] = ["{0}"],
        [PhraseSets.ReflectFeeling] = ["{feeling}"],
        [PhraseSets.ReflectImpliedFeeling] = ["{feeling}"],
        [PhraseSets.ReflectParts] = ["{wants}", "{holds}"],
        [PhraseSets.ReflectWantButHeld] = ["{wants}", "{holds}"],
        [PhraseSets.ReflectFear] = ["{0}"],
        [PhraseSets.ReflectValue] = ["{0}"],
        [PhraseSets.ReflectObstacle] = ["{0}"],
        [PhraseSets.ReflectBelief] = ["{0}"],
        [PhraseSets.ReflectChoice] = ["{0}"],
        [PhraseSets.ReflectTopic] = ["{0}"],
        [PhraseSets.ReflectSituation] = ["{0}"],
        [PhraseSets.AcknowledgeRequest] = [],
        [PhraseSets.Boundary] = [],
        [PhraseSets.BoundaryAgain] = [],
        [PhraseSets.MentorOffer] = ["/mentor"],
        [PhraseSets.AboutMe] = [],
        [PhraseSets.GreetingBack] = [],
        [PhraseSets.Closed] = [],
        [PhraseSets.ContingencyAdded] = ["{if}", "{then}"],
    };

    /// <summary>Sets that must offer real variety: the boundary is stated in at least this many wordings.</summary>
    public const int MinBoundaryVariants = 4;

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Sets { get; } = sets;

    public IReadOnlyList<string> For(string set) => Sets.TryGetValue(set, out var phrases) ? phrases : [];

    /// <summary>The phrase of <paramref name="set"/> at <paramref name="index"/>, wrapping around.</summary>
    public string Pick(string set, int index)
    {
        var phrases = For(set);
        return phrases.Count == 0 ? "" : phrases[((index % phrases.Count) + phrases.Count) % phrases.Count];
    }
}

namespace BotCompanion.Core.Guard.Cues;

/// <summary>
/// The cue families of one language and the frames that soften them. A sentence scores the weight of its strongest
/// cue, less 0.5 for each softener that applies to that cue.
/// </summary>
internal sealed class RuleSet(string language, IReadOnlyList<ICue> cues, IReadOnlyList<ISoftener> softeners)
{
    private const double Softening = 0.5;

    public string Language { get; } = language;

    public IReadOnlyList<ICue> Cues { get; } = cues;

    public static RuleSet English { get; } = new(
        "en",
        [new Recommendation(), new ModalAdvice(), new LeadingQuestion(), new DirectImperative(), new Warning(), new Confronting(), new OfferedView(), new Persuading(), new HedgedSuggestion(), new SocialProofAdvice(), new PeerPractice(), new BareImperative(), new BenefitClaim(), new PayoffClaim(), new RuleOfThumb(), new ActivityBenefit()],
        [new ReflectedWords(), new PermissionRequest(), new OpenQuestion(), new SafetySignposting(), new ModeOffer()]);

    /// <summary>The per-language floor for replies the English-only classifier cannot read.</summary>
    public static IReadOnlyList<RuleSet> Others { get; } =
    [
        new("es", [new SpanishAdvice()], [new ForeignFrames()]),
        new("fr", [new FrenchAdvice()], [new ForeignFrames()]),
        new("de", [new GermanAdvice()], [new ForeignFrames()]),
    ];

    /// <summary>The sentence's score and the cue family behind it, or (0, null) when no cue survives softening.</summary>
    public (double Score, string? Cue) Score(GuardSentence sentence)
    {
        (double Score, string? Cue) best = (0, null);
        foreach (var cue in Cues)
        {
            if (cue.Weight <= best.Score || !cue.Matches(sentence))
            {
                continue;
            }

            var score = cue.Weight - (Softening * softeners.Count(s => s.Applies(sentence, cue)));
            if (score > best.Score)
            {
                best = (Math.Clamp(score, 0, 1), cue.Name);
            }
        }

        return best;
    }
}

using BotCompanion.Core.Prompts;

namespace BotCompanion.Core.Evals;

/// <summary>The fixed sentences a pack's turns are scored against.</summary>
public sealed record ScoringTexts(string SafetyReply, string MentorLabel, IReadOnlySet<string> Openers)
{
    /// <summary>The first line of a session summary: a reply holding it is a record of their words, not a coaching reply.</summary>
    public string SummaryHeader { get; init; } = "";

    public required ReplyTemplates Templates { get; init; }

    /// <summary>How the commitment read-backs begin ("To check:", "Saved:"): a restated commitment, not a reflection of the message.</summary>
    public IReadOnlyList<string> ReadBackLeads { get; init; } = [];

    /// <summary>A statement that reads back their words: one of the pack's reflection or read-back wordings, or a known reflection lead.</summary>
    public bool IsReflection(string sentence) =>
        !sentence.EndsWith('?') && (Templates.IsReflection(sentence) || IsReadBack(sentence) || ReplyText.Reflections(sentence) > 0);

    /// <summary>How a rehearsal's mentor-mode replies begin (set-up, role-play, debrief labels): each is labelled as such.</summary>
    public IReadOnlyList<string> RehearsalLeads { get; init; } = [];

    /// <summary>A mentor-mode reply carries its label: the mentor label, or (in a rehearsal) one of the rehearsal labels.</summary>
    public bool IsLabelledMentorReply(string reply) =>
        reply.StartsWith(MentorLabel, StringComparison.Ordinal) || RehearsalLeads.Any(l => reply.StartsWith(l, StringComparison.Ordinal));

    /// <summary>How the outcome questions and their acknowledgements begin: a measure the executive may give, not a coaching reply.</summary>
    public IReadOnlyList<string> MeasureLeads { get; init; } = [];

    public bool IsMeasure(string reply) => MeasureLeads.Any(l => reply.TrimStart().StartsWith(l, StringComparison.Ordinal));

    public bool IsReadBack(string sentence) => ReadBackLeads.Any(l => sentence.TrimStart().StartsWith(l, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] ReadBackLabels = ["readBack", "saved", "savedWithNudge", "changeIt"];

    private static readonly string[] RehearsalLabels = ["rehearsalSetupLabel", "rehearsalLabel", "rehearsalDebriefLabel"];

    /// <summary>The label up to its first placeholder: what every reply carrying it begins with.</summary>
    private static string FixedStart(string label) => label.IndexOf('{', StringComparison.Ordinal) is var at and >= 0 ? label[..at] : label;

    private static readonly string[] MeasureLabels = ["outcomeUsefulness", "outcomeThanks", "outcomeGoalThanks", "outcomeSkipped"];

    private static string Lead(string label)
    {
        var end = label.IndexOfAny(['{', '.', '?', ':']);
        return (end < 0 ? label : label[..end]).Trim();
    }

    public static ScoringTexts For(PromptPack pack, string? safetyOverride = null) => new(
        (string.IsNullOrWhiteSpace(safetyOverride) ? pack.SafetyText : safetyOverride).Trim(),
        pack.Labels["mentorLabel"],
        new HashSet<string>([pack.Labels["disclosure"], pack.Labels["sessionStart"], pack.Labels["welcome"]], StringComparer.Ordinal))
    {
        SummaryHeader = pack.Labels["doneHeader"],
        // The if-then added to a commitment reads their plan back, as "Saved: you'll…" does.
        ReadBackLeads = [.. ReadBackLabels.Select(k => Lead(pack.Labels[k])).Concat(pack.Phrases.For(PhraseSets.ContingencyAdded).Select(Lead)).Where(l => l.Length > 0)],
        MeasureLeads = [.. MeasureLabels.Select(k => pack.Labels.All[k].Split('{')[0]).Where(l => l.Length > 0)],
        Templates = ReplyTemplates.For(pack.Phrases),
        RehearsalLeads = [.. RehearsalLabels.Select(k => FixedStart(pack.Labels[k])).Where(l => l.Length > 0)],
    };
}

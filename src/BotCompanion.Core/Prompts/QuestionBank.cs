namespace BotCompanion.Core.Prompts;

/// <summary>offline/questions.json: the pack's open questions per purpose (GROW stage, check-in, advice request…).</summary>
public sealed class QuestionBank(IReadOnlyDictionary<string, IReadOnlyList<BankQuestion>> sets)
{
    public static IReadOnlyList<string> RequiredSets { get; } =
        ["checkin", "goal", "reality", "options", "will", "will-obstacle", "will-due", "closing", "advice-request", "fallback"];

    public IReadOnlyDictionary<string, IReadOnlyList<BankQuestion>> Sets { get; } = sets;

    // Looked up on every coaching turn (the questions already asked, for the prompt): built once per pack.
    private readonly Dictionary<string, string> _textById = sets.Values.SelectMany(q => q).DistinctBy(q => q.Id).ToDictionary(q => q.Id, q => q.Text, StringComparer.Ordinal);

    public IReadOnlyList<BankQuestion> For(string set) =>
        Sets.TryGetValue(set, out var questions) && questions.Count > 0 ? questions : Sets["fallback"];

    /// <summary>
    /// The first question of <paramref name="set"/> not yet asked; when all were, the first unasked fallback
    /// question (no question twice in a session while any is left); else the least recently asked one.
    /// </summary>
    public BankQuestion Next(string set, IReadOnlyList<string> asked)
    {
        var questions = For(set);
        var unasked = questions.Concat(For("fallback")).FirstOrDefault(q => !asked.Contains(q.Id, StringComparer.Ordinal));
        return unasked ?? questions.OrderBy(q => asked.ToList().LastIndexOf(q.Id)).First();
    }

    /// <summary>The text of the question with <paramref name="id"/>, or null.</summary>
    public string? Text(string id) => _textById.GetValueOrDefault(id);
}

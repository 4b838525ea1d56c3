namespace BotCompanion.Core.Prompts;

/// <summary>offline/questions.json: the pack's open questions per purpose (GROW stage, check-in, advice request…).</summary>
public sealed class QuestionBank(IReadOnlyDictionary<string, IReadOnlyList<BankQuestion>> sets)
{
    public static IReadOnlyList<string> RequiredSets { get; } =
        ["checkin", "goal", "reality", "options", "will", "will-obstacle", "will-due", "closing", "advice-request", "fallback"];

    public IReadOnlyDictionary<string, IReadOnlyList<BankQuestion>> Sets { get; } = sets;

    public IReadOnlyList<BankQuestion> For(string set) =>
        Sets.TryGetValue(set, out var questions) && questions.Count > 0 ? questions : Sets["fallback"];

    /// <summary>The first question of <paramref name="set"/> not yet asked, or the least recently asked one.</summary>
    public BankQuestion Next(string set, IReadOnlyList<string> asked)
    {
        var questions = For(set);
        foreach (var question in questions)
        {
            if (!asked.Contains(question.Id, StringComparer.Ordinal))
            {
                return question;
            }
        }

        return questions.OrderBy(q => asked.ToList().LastIndexOf(q.Id)).First();
    }
}

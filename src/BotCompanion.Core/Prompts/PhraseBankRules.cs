namespace BotCompanion.Core.Prompts;

/// <summary>What offline/phrases.json must hold: every required set, each phrase with its placeholders, enough boundary wordings.</summary>
internal static class PhraseBankRules
{
    private const string MentorCommand = "/mentor";

    public static IEnumerable<string> Check(IReadOnlyDictionary<string, List<string>> sets)
    {
        foreach (var (set, placeholders) in PhraseBank.RequiredSets)
        {
            if (!sets.TryGetValue(set, out var phrases) || phrases.Count == 0 || phrases.Any(string.IsNullOrWhiteSpace))
            {
                yield return $"offline/phrases.json: phrase set '{set}' is missing, empty or has an empty phrase";
                continue;
            }

            foreach (var phrase in phrases)
            {
                foreach (var missing in placeholders.Where(p => !phrase.Contains(p, StringComparison.Ordinal)))
                {
                    yield return $"offline/phrases.json: a phrase in '{set}' lacks {missing}: \"{phrase}\"";
                }
            }
        }

        // The repeated boundary is said without the mentor offer after it, so each wording must say where advice is.
        if (sets.TryGetValue(PhraseSets.BoundaryAgain, out var again) && again.FirstOrDefault(p => !p.Contains(MentorCommand, StringComparison.Ordinal)) is { } silent)
        {
            yield return $"offline/phrases.json: a phrase in '{PhraseSets.BoundaryAgain}' must name {MentorCommand}, since the repeated boundary has no separate mentor offer: \"{silent}\"";
        }

        foreach (var set in new[] { PhraseSets.Boundary, PhraseSets.BoundaryAgain })
        {
            if (sets.TryGetValue(set, out var phrases) && phrases.Count > 0 && phrases.Distinct(StringComparer.Ordinal).Count() < PhraseBank.MinBoundaryVariants)
            {
                yield return $"offline/phrases.json: '{set}' needs at least {PhraseBank.MinBoundaryVariants} different wordings so the boundary is not repeated word for word (has {phrases.Distinct(StringComparer.Ordinal).Count()})";
            }
        }
    }
}

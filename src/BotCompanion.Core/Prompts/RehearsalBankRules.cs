namespace BotCompanion.Core.Prompts;

/// <summary>What offline/rehearsal.json must hold: every kind of resistance, each recognisable and with enough distinct lines.</summary>
internal static class RehearsalBankRules
{
    private const string File = "offline/rehearsal.json";

    public static IEnumerable<string> Check(RehearsalBank bank)
    {
        if (bank.StopWords.Count == 0 || bank.StopWords.Any(string.IsNullOrWhiteSpace))
        {
            yield return $"{File}: 'stopWords' is missing, empty or has an empty entry";
        }

        if (bank.OfferCues.Any(string.IsNullOrWhiteSpace))
        {
            yield return $"{File}: 'offerCues' has an empty entry";
        }

        foreach (var kind in RehearsalBank.RequiredKinds.Where(k => !bank.Resistances.ContainsKey(k)))
        {
            yield return $"{File}: resistance '{kind}' is missing";
        }

        foreach (var (kind, resistance) in bank.Resistances)
        {
            if (string.IsNullOrWhiteSpace(resistance.Button) || string.IsNullOrWhiteSpace(resistance.Description))
            {
                yield return $"{File}: resistance '{kind}' needs a 'button' and a 'description'";
            }

            if (resistance.Cues.Count == 0 || resistance.Cues.Any(string.IsNullOrWhiteSpace))
            {
                yield return $"{File}: resistance '{kind}' needs cues, none of them empty";
            }

            var lines = resistance.Lines.Where(l => !string.IsNullOrWhiteSpace(l)).Distinct(StringComparer.Ordinal).Count();
            if (lines < RehearsalBank.MinLines || lines < resistance.Lines.Count)
            {
                yield return $"{File}: resistance '{kind}' needs at least {RehearsalBank.MinLines} different, non-empty lines (has {lines} of {resistance.Lines.Count})";
            }

            foreach (var line in resistance.Lines.Where(l => l.Replace(RehearsalBank.Echo, "", StringComparison.Ordinal).Contains('{', StringComparison.Ordinal)))
            {
                yield return $"{File}: a line of '{kind}' has a placeholder other than {RehearsalBank.Echo}: \"{line}\"";
            }
        }
    }
}

using System.Text.RegularExpressions;

namespace BotCompanion.Core.Guard;

/// <summary>Interim lexical guard.</summary>
public sealed partial class DirectivenessGuard : IDirectivenessGuard
{
    public GuardVerdict Score(string text)
    {
        var advice = Advice().IsMatch(text ?? "");
        return new GuardVerdict(advice, advice ? 0.9 : 0.1);
    }

    [GeneratedRegex(@"\b(you\s+should|i\s+recommend|have\s+you\s+(considered|thought\s+about)|why\s+not|you\s+could\s+try|try\s+to|make\s+sure|just\s+fire|delegate\s+it)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Advice();
}

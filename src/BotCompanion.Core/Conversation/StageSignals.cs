using System.Text.RegularExpressions;
using BotCompanion.Core.Text;

namespace BotCompanion.Core.Conversation;

/// <summary>
/// What a message says about where the executive is in GROW, so the stage moves when its purpose is met: an
/// option already named ends Reality, two options (or a choice) end Options, a long, still-unfolding account of the
/// present earns Reality one more turn.
/// </summary>
public static partial class StageSignals
{
    public static bool NamesAnOption(string text) => Option().IsMatch(text);

    public static bool MadeAChoice(string text) => Choice().IsMatch(text);

    /// <summary>A long account: they are still telling what is happening, so one more Reality question fits.</summary>
    public static bool StillUnfolding(string text) => Sentences.Words(text) >= 25;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(i|we)\s+could\b|\b(one|another|an)\s+option\b|\b(maybe|perhaps)\s+(i|we)\b|\bwhat\s+if\s+(i|we)\b|\b(i|we)\s+might\b|\bi\s+(can|could)\s+(either|also)\b", Options)]
    private static partial Regex Option();

    [GeneratedRegex(@"\b(i'?ll|i\s+will|i'?m\s+going\s+to)\s+go\s+with\b|\bi'?m\s+going\s+with\b|\bthe\s+best\s+(option|one|choice)\s+is\b|\bi'?d\s+(pick|choose)\b|\bi'?ve\s+decided\b|\bi\s+have\s+decided\b|\bi\s+(prefer|choose)\b", Options)]
    private static partial Regex Choice();
}

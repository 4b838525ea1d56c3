using BotCompanion.Core.Prompts;
using BotCompanion.Core.State;

namespace BotCompanion.Core.Rehearsal;

/// <summary>
/// The offline counterpart's next line: from the lines of the resistance being played, none twice in a rehearsal,
/// in an order that differs from one counterpart to the next, picking up the executive's words where a line can.
/// </summary>
internal static class CounterpartLines
{
    private static readonly int[] Strides = [3, 5, 7, 1];

    /// <summary>The next line (recorded as used), or null when every line that fits has been said.</summary>
    public static string? Next(RehearsalBank bank, RehearsalState rehearsal, string message)
    {
        var lines = bank.Resistances[rehearsal.Resistance!].Lines;
        var echo = CounterpartEcho.From(message, rehearsal.Counterpart ?? "");
        var count = lines.Count;
        var seed = Seed(rehearsal.Counterpart ?? "");
        var stride = Strides.First(s => s == 1 || (count % s != 0 && s < count));
        for (var step = 0; step < count; step++)
        {
            var index = (seed + (step * stride)) % count;
            var needsEcho = lines[index].Contains(RehearsalBank.Echo, StringComparison.Ordinal);
            if (rehearsal.UsedLines.Contains(index) || (needsEcho && echo is null))
            {
                continue;
            }

            rehearsal.UsedLines.Add(index);
            return needsEcho ? CounterpartEcho.Into(lines[index], echo!) : lines[index];
        }

        return null;
    }

    /// <summary>A stable number from the counterpart's description (string hashes differ between runs; evals must not).</summary>
    private static int Seed(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c) & int.MaxValue;
        }

        return hash;
    }
}

using System.Collections.Concurrent;
using Microsoft.ML.Tokenizers;

namespace BotCompanion.Core.Prompts;

/// <summary>
/// Counts prompt tokens with the o200k encoding (GPT-4o family), locally. A rendered prompt is mostly the same lines
/// turn after turn (the template), so it is counted line by line and each line's count is remembered: only the lines
/// that carry this turn's words are tokenized. The encoding never joins a token across the end of a run of line
/// breaks (unless a '/' follows it), so the sum is the exact count of the whole text.
/// </summary>
public sealed class PromptTokenCounter
{
    /// <summary>Lines remembered; past this the memory starts again (the template's lines come back at once).</summary>
    public const int RememberedLines = 4096;

    private readonly Tokenizer _tokenizer = TiktokenTokenizer.CreateForEncoding("o200k_base");
    private readonly ConcurrentDictionary<string, int> _lines = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byspan;

    public PromptTokenCounter() => _byspan = _lines.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var total = 0;
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var cut = SegmentLength(rest);
            total += CountSegment(rest[..cut]);
            rest = rest[cut..];
        }

        return total;
    }

    /// <summary>Up to and including the first run of line breaks that no '/' follows (the whole text when there is none).</summary>
    private static int SegmentLength(ReadOnlySpan<char> text)
    {
        var from = 0;
        while (true)
        {
            var at = text[from..].IndexOfAny('\r', '\n');
            if (at < 0)
            {
                return text.Length;
            }

            var end = from + at;
            while (end < text.Length && text[end] is '\r' or '\n')
            {
                end++;
            }

            if (end >= text.Length || text[end] != '/')
            {
                return end;
            }

            from = end;
        }
    }

    private int CountSegment(ReadOnlySpan<char> segment)
    {
        if (_byspan.TryGetValue(segment, out var known))
        {
            return known;
        }

        var count = _tokenizer.CountTokens(segment);
        if (_lines.Count >= RememberedLines)
        {
            _lines.Clear();
        }

        _byspan.TryAdd(segment, count);
        return count;
    }
}

namespace BotCompanion.Core.Guard.Ngrams;

/// <summary>
/// Hashed features of one utterance: lower-cased words, word bigrams (with a start marker and '?' / ':' as tokens)
/// and character 4-grams across the whole text, each hashed (FNV-1a, 32-bit) into a fixed number of buckets and
/// weighted 1/√n so every utterance has unit length. Deterministic: the same text gives the same features on any machine.
/// </summary>
public static class NgramFeatures
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    /// <summary>The distinct buckets the text hashes into, and the weight each carries (1/√count).</summary>
    public static (int[] Buckets, float Weight) Extract(string text, int buckets)
    {
        var normal = Normalise(text);
        var set = new HashSet<int>();
        var tokens = Tokens(normal);
        var previous = "<s>";
        foreach (var token in tokens)
        {
            set.Add(Bucket(Hash('w', token), buckets));
            set.Add(Bucket(Hash('b', previous, token), buckets));
            previous = token is "." or "!" ? "<s>" : token;
        }

        var padded = $" {normal} ";
        for (var i = 0; i + 4 <= padded.Length; i++)
        {
            set.Add(Bucket(Hash('c', padded.AsSpan(i, 4)), buckets));
        }

        var result = set.ToArray();
        Array.Sort(result);
        return (result, result.Length == 0 ? 0 : (float)(1 / Math.Sqrt(result.Length)));
    }

    internal static string Normalise(string text)
    {
        var chars = new char[text.Length];
        var n = 0;
        var space = true;
        foreach (var raw in text)
        {
            var c = raw is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(raw);
            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    chars[n++] = ' ';
                }

                space = true;
                continue;
            }

            chars[n++] = c;
            space = false;
        }

        return new string(chars, 0, n).TrimEnd();
    }

    internal static List<string> Tokens(string normal)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= normal.Length; i++)
        {
            var c = i < normal.Length ? normal[i] : ' ';
            if (char.IsLetterOrDigit(c) || (c == '\'' && start >= 0))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                tokens.Add(normal[start..i]);
                start = -1;
            }

            if (c is '?' or ':' or '.' or '!')
            {
                tokens.Add(c.ToString());
            }
        }

        return tokens;
    }

    private static int Bucket(uint hash, int buckets) => (int)(hash % (uint)buckets);

    private static uint Hash(char tag, ReadOnlySpan<char> text) => Mix(Mix(FnvOffset, tag), text);

    private static uint Hash(char tag, string first, string second) => Mix(Mix(Mix(Mix(FnvOffset, tag), first), ' '), second);

    private static uint Mix(uint hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = Mix(hash, c);
        }

        return hash;
    }

    private static uint Mix(uint hash, char c)
    {
        hash = (hash ^ (byte)c) * FnvPrime;
        return (hash ^ (byte)(c >> 8)) * FnvPrime;
    }
}

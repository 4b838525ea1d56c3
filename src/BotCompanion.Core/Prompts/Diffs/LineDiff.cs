namespace BotCompanion.Core.Prompts.Diffs;

/// <summary>A longest-common-subsequence line diff; prompt templates are short, so the quadratic table is fine.</summary>
internal static class LineDiff
{
    public static (IReadOnlyList<string> Removed, IReadOnlyList<string> Added) Compare(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var lcs = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var removed = new List<string>();
        var added = new List<string>();
        int x = 0, y = 0;
        while (x < a.Count && y < b.Count)
        {
            if (a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
            {
                removed.Add(a[x++]);
            }
            else
            {
                added.Add(b[y++]);
            }
        }

        removed.AddRange(a.Skip(x));
        added.AddRange(b.Skip(y));
        return (removed, added);
    }
}

using System.Text.RegularExpressions;

namespace BotCompanion.Core.Tests.Architecture;

/// <summary>Storage keys are spelled in one place, StateKeys, read from the source of every product project.</summary>
public partial class StorageKeyTests
{
    [Fact]
    public void NoSourceFileOutsideStateKeys_SpellsAKeyPrefix()
    {
        var spelled = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) != "StateKeys.cs")
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => KeyPrefix().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(RepoPaths.Root, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();

        Assert.Empty(spelled);
    }

    [Fact]
    public void ThePatternFindsAKeyWrittenInline()
    {
        Assert.Matches(KeyPrefix(), """var key = $"teams-ref:{conversationId}";""");
        Assert.DoesNotMatch(KeyPrefix(), """turn.Say($"Moved to {due}: {action}");""");
    }

    // An interpolated string that starts with a lowercase word and a colon right before a hole: "conv:{key}".
    [GeneratedRegex("""\$"[a-z][a-z-]*:\{""")]
    private static partial Regex KeyPrefix();
}

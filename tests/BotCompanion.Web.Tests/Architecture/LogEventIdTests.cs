using System.Reflection;

namespace BotCompanion.Web.Tests.Architecture;

/// <summary>
/// Log event ids, read from the compiled [LoggerMessage] attributes of every product assembly: each id is used once,
/// inside the range its project declares in its LogEventIds file, and no two projects' ranges overlap.
/// </summary>
public class LogEventIdTests
{
    private static readonly string[] Projects =
        ["BotCompanion.Core", "BotCompanion.Ai", "BotCompanion.Channels", "BotCompanion.Storage.Redis", "BotCompanion.Web", "botcompanion"];

    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    [Fact]
    public void EveryEventId_IsUsedOnce_AcrossAllAssemblies()
    {
        var repeated = Events().GroupBy(e => e.Id).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(e => e.Where))}").ToList();

        Assert.Empty(repeated);
    }

    [Fact]
    public void EveryEventId_LiesInItsProjectsRange()
    {
        var outside = Events().Where(e => e.Id < Range(e.Assembly).First || e.Id > Range(e.Assembly).Last)
            .Select(e => $"{e.Id} ({e.Where}) is outside {e.Assembly.GetName().Name}'s {Range(e.Assembly)}").ToList();

        Assert.Empty(outside);
    }

    [Fact]
    public void ProjectRanges_DoNotOverlap()
    {
        var ranges = Projects.Select(p => Range(Assembly.Load(p))).OrderBy(r => r.First).ToList();

        Assert.All(ranges.Zip(ranges.Skip(1)), pair => Assert.True(pair.First.Last < pair.Second.First, $"{pair.First} overlaps {pair.Second}"));
    }

    [Fact]
    public void TheEventsAreFound_SoTheChecksAboveHaveSomethingToCheck()
    {
        var perProject = Events().GroupBy(e => e.Assembly.GetName().Name).ToDictionary(g => g.Key!, g => g.Count());

        Assert.All(Projects.Where(p => p != "botcompanion"), p => Assert.True(perProject.GetValueOrDefault(p) > 0, $"no [LoggerMessage] found in {p}"));
    }

    private static IEnumerable<(int Id, string Where, Assembly Assembly)> Events() =>
        from project in Projects
        let assembly = Assembly.Load(project)
        from type in assembly.GetTypes()
        from method in type.GetMethods(Everything)
        let attribute = method.GetCustomAttribute<LoggerMessageAttribute>()
        where attribute is not null
        select (attribute.EventId, $"{type.FullName}.{method.Name}", assembly);

    private static (int First, int Last) Range(Assembly assembly)
    {
        var registry = assembly.GetTypes().Single(t => t.Name == "LogEventIds");
        int Read(string name) => (int)registry.GetField(name, BindingFlags.NonPublic | BindingFlags.Static)!.GetRawConstantValue()!;
        return (Read("First"), Read("Last"));
    }
}

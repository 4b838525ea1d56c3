namespace BotCompanion.Web.Tests.Channels;

/// <summary>Runs when node is on PATH; then the Playground must have been installed (by ./test.sh), or the test fails.</summary>
public sealed class PlaygroundFactAttribute : FactAttribute
{
    public PlaygroundFactAttribute()
    {
        var nodeOnPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, "node")));
        if (!nodeOnPath)
        {
            Skip = "node is not installed, so the Agents Playground cannot run here.";
        }
    }
}

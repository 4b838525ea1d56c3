namespace BotCompanion.Web.Tests.Support;

/// <summary>One FROM … AS name stage of a Dockerfile and its instructions, in order.</summary>
public sealed record DockerStage(string Image, string? Name)
{
    public List<(string Keyword, string Arguments)> Instructions { get; } = [];

    public IEnumerable<string> All(string keyword) =>
        Instructions.Where(i => i.Keyword == keyword).Select(i => i.Arguments);

    public string? Last(string keyword) => All(keyword).LastOrDefault();
}

namespace BotCompanion.Core.Prompts;

/// <summary>offline/mentor.json: the offline mentor's advice, by topic keyword.</summary>
public sealed class MentorBank
{
    public List<MentorTopic> Topics { get; set; } = [];

    public List<string> General { get; set; } = [];

    public IReadOnlyList<string> AdviceFor(string text)
    {
        var lower = text.ToLowerInvariant();
        var topic = Topics.FirstOrDefault(t => t.Keywords.Any(k => lower.Contains(k, StringComparison.Ordinal)));
        return topic?.Advice ?? General;
    }
}

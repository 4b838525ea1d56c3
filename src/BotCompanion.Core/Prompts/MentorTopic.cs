namespace BotCompanion.Core.Prompts;

public sealed class MentorTopic
{
    public List<string> Keywords { get; set; } = [];

    public List<string> Advice { get; set; } = [];
}

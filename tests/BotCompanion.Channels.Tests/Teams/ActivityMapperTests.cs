namespace BotCompanion.Channels.Tests.Teams;

/// <summary>What the engine sees of a Teams message: its own words, without the bot's @mention.</summary>
public class ActivityMapperTests
{
    private static Activity Parse(string json) => JsonSerializer.Deserialize<Activity>(json, ConnectorClient.Json)!;

    [Fact]
    public void CleanText_TwoBotsMentioned_RemovesOnlyThisBotsMention()
    {
        // Shape of teams-message-channel-two-mentions-2017.json.
        var activity = Parse("""
            {"type":"message","text":"<at>Test Bot 1</at>   <at>TestBot2</at>  TestMessage",
             "recipient":{"id":"28:bot-2","name":"TestBot2"},"conversation":{"id":"19:c@thread.skype"},
             "entities":[{"type":"mention","mentioned":{"id":"28:bot-1"},"text":"<at>Test Bot 1</at>"},
                         {"type":"mention","mentioned":{"id":"28:bot-2"},"text":"<at>TestBot2</at>"},
                         {"type":"clientInfo","locale":"en-US"}]}
            """);

        Assert.Equal("<at>Test Bot 1</at> TestMessage", ActivityMapper.CleanText(activity));
    }

    [Fact]
    public void CleanText_MentionInTheMiddle_LeavesTheSentenceReadable()
    {
        var activity = Parse("""
            {"type":"message","text":"So <at>Coach</at>  how do I start?","recipient":{"id":"28:bot"},"conversation":{"id":"19:g@thread.v2"},
             "entities":[{"type":"mention","mentioned":{"id":"28:bot"},"text":"<at>Coach</at>"}]}
            """);

        Assert.Equal("So how do I start?", ActivityMapper.CleanText(activity));
    }

    [Fact]
    public void CleanText_SubmitWithoutText_IsTheButtonsText()
    {
        var activity = Parse("""{"type":"message","recipient":{"id":"28:bot"},"conversation":{"id":"a:1"},"value":{"botcompanionSend":"Yes"}}""");

        Assert.Equal("Yes", ActivityMapper.CleanText(activity));
    }

    [Theory]
    [InlineData("""{"id":"a:1","conversationType":"personal"}""", true)]
    [InlineData("""{"id":"19:g@thread.v2","conversationType":"groupChat"}""", false)]
    [InlineData("""{"id":"19:c@thread.tacv2;messageid=1","conversationType":"channel"}""", false)]
    [InlineData("""{"id":"19:c@thread.skype;messageid=1"}""", false)]
    [InlineData("""{"id":"a:1","isGroup":true}""", false)]
    [InlineData("""{"id":"a:legacy-personal"}""", true)]
    public void IsPersonal_ByConversationTypeOrThreadId(string conversation, bool personal)
    {
        var account = JsonSerializer.Deserialize<ConversationAccount>(conversation, ConnectorClient.Json)!;

        Assert.Equal(personal, ActivityMapper.IsPersonal(account));
    }
}

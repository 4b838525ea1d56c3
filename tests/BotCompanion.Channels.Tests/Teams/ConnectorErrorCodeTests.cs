namespace BotCompanion.Channels.Tests.Teams;

/// <summary>The code is read from where Teams puts it, never guessed from prose.</summary>
public class ConnectorErrorCodeTests
{
    [Theory]
    [InlineData("""{"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\",\"details\":\"Thread is blocked from message writes\"}"}""", "MessageWritesBlocked")]
    [InlineData("""{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}""", "ConversationNotFound")]
    [InlineData("""{"error":{"code":"BadArgument","message":"x","innerHttpError":{"statusCode":403,"body":{"subCode":"MessageWritesBlocked"}}}}""", "MessageWritesBlocked")]
    [InlineData("""{"error":{"code":"Forbidden","message":"{\"subCode\":\"MessageWritesBlocked\"}"}}""", "MessageWritesBlocked")]
    [InlineData("""{"error":{"code":"ContentStreamNotAllowed","message":"Content stream is not allowed"}}""", "ContentStreamNotAllowed")]
    [InlineData("""{"error":{"code":"Forbidden","message":"mentions MessageWritesBlocked in prose only"}}""", "Forbidden")]
    [InlineData("""{"errorCode":209,"message":"Thread is blocked from message writes"}""", null)]
    [InlineData("MessageWritesBlocked", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void TheSubCodeWins_ThenTheErrorCode_AndProseIsNeverACode(string? body, string? code) =>
        Assert.Equal(code, ConnectorErrorCode.Parse(body));
}

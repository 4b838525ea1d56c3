namespace BotCompanion.Web.Tests.Support;

/// <summary>An interaction as Discord posts it to /api/discord/interactions for the test application, fresh id and token each time.</summary>
public static class DiscordInteraction
{
    public const string ApplicationId = "1288077469286531073";

    /// <summary>An interaction of <paramref name="type"/> (2 command, 3 button, 5 modal) from one user in one direct-message channel.</summary>
    public static JsonObject Of(int type, string channel, string user, string username, JsonObject data) => new()
    {
        ["id"] = Guid.NewGuid().ToString("N"),
        ["application_id"] = ApplicationId,
        ["type"] = type,
        ["token"] = "token-" + Guid.NewGuid().ToString("N"),
        ["version"] = 1,
        ["context"] = 1,
        ["channel_id"] = channel,
        ["user"] = new JsonObject { ["id"] = user, ["username"] = username },
        ["data"] = data,
    };
}

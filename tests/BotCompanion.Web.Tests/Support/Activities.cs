namespace BotCompanion.Web.Tests.Support;

internal static class Activities
{
    public static JsonObject Message(Uri serviceUrl, string text, string conversationId = "a:conv-1", string? id = null) => new()
    {
        ["type"] = "message",
        ["id"] = id ?? Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-11-24T09:00:00.000Z",
        ["serviceUrl"] = serviceUrl.ToString(),
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:user-1", ["name"] = "Alex" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "BotCompanion" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal" },
        ["text"] = text,
    };

    public static StringContent Json(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");

    public static StringContent Raw(string body) => new(body, Encoding.UTF8, "application/json");

    public static JsonObject WithoutProperty(this JsonObject activity, string name)
    {
        activity.Remove(name);
        return activity;
    }

    public static string Serialize(object value) => JsonSerializer.Serialize(value);
}

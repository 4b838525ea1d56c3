using System.Text.Json.Serialization;

namespace BotCompanion.Channels.Teams;

/// <summary>The Bot Framework Activity fields this bot reads or writes; unknown fields round-trip untouched.</summary>
public sealed class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public string? Timestamp { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? Text { get; set; }

    public string? TextFormat { get; set; }

    public string? ReplyToId { get; set; }

    public string? Locale { get; set; }

    public string? LocalTimezone { get; set; }

    public string? Name { get; set; }

    public string? Action { get; set; }

    public string? DeliveryMode { get; set; }

    public List<ChannelAccount>? MembersAdded { get; set; }

    public List<ChannelAccount>? MembersRemoved { get; set; }

    public List<JsonElement>? Entities { get; set; }

    public JsonElement? Value { get; set; }

    public JsonElement? ChannelData { get; set; }

    public SuggestedActions? SuggestedActions { get; set; }

    public List<JsonElement>? Attachments { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

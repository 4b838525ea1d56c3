using System.Text.Json.Serialization;

namespace BotCompanion.Core.State;

/// <summary>The one set of JSON settings for everything the core stores.</summary>
public static class StateJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };
}

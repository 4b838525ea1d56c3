using System.Text.Json.Serialization;

namespace BotCompanion.Channels.Teams;

/// <summary>
/// Compile-time JSON metadata for the activities read and posted on every turn, so no turn pays for reflection;
/// the same settings as <see cref="ConnectorClient.Json"/> (web names, nulls left out).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
internal sealed partial class TeamsJsonContext : JsonSerializerContext;

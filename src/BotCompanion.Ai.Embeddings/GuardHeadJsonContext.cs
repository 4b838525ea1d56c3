using System.Text.Json.Serialization;

namespace BotCompanion.Ai.Embeddings;

/// <summary>Source-generated JSON for <see cref="GuardHead"/>.</summary>
[JsonSerializable(typeof(GuardHead))]
[JsonSourceGenerationOptions(WriteIndented = true)]
internal sealed partial class GuardHeadJsonContext : JsonSerializerContext;

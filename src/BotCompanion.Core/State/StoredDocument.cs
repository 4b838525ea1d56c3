namespace BotCompanion.Core.State;

/// <summary>A stored JSON document and the version it was read at.</summary>
public sealed record StoredDocument(string Json, long Version);

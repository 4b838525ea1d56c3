namespace BotCompanion.Ai.Embeddings;

/// <summary>The guard head in use and the SHA-256 of the file it was read from.</summary>
internal sealed record LoadedGuardHead(GuardHead Head, string Sha256);

namespace BotCompanion.Web.Tests.Support;

/// <summary>What the request generators need to know about the host under test.</summary>
/// <param name="ServiceUrl">Where Teams replies go (a connector stub).</param>
/// <param name="DiscordSecretKeyHex">The Ed25519 private key whose public half the host has as Channels:Discord:PublicKey.</param>
/// <param name="FormToken">An antiforgery token valid for the client that sends the portal requests.</param>
/// <param name="ExecutiveId">An executive linked to the signed-in coach, if any.</param>
public sealed record FuzzTargets(Uri ServiceUrl, string DiscordSecretKeyHex, string? FormToken = null, string? ExecutiveId = null);

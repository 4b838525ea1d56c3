namespace BotCompanion.Core.Sharing;

/// <summary>A human coach with a portal account; executives link to them with <see cref="InviteCode"/>.</summary>
public sealed record Coach(string Id, string Email, string DisplayName, string InviteCode, DateTimeOffset CreatedAt);

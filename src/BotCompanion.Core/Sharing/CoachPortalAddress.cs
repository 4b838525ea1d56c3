namespace BotCompanion.Core.Sharing;

/// <summary>The coach portal's public address, when the host serves it; notices then carry a link to it.</summary>
public sealed record CoachPortalAddress(Uri? Url);

namespace BotCompanion.Core.Sharing;

/// <summary>Where an executive's link points, kept beside their conversation so /forget and unlink can find it.</summary>
public sealed record CoachLink(string CoachId, string ExecutiveId);

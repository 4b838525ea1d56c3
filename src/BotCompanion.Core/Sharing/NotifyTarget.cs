namespace BotCompanion.Core.Sharing;

/// <summary>Where a coach wants to hear that an executive shared something: a channel and their user id there.</summary>
public sealed record NotifyTarget(string ChannelId, string UserId);

namespace BotCompanion.Channels.Teams;

/// <summary>Validates a Bot Framework or Entra bearer token against the activity it came with.</summary>
public interface IBotTokenValidator
{
    Task<AuthOutcome> ValidateAsync(string token, Activity activity, CancellationToken cancellationToken);
}

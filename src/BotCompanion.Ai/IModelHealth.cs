namespace BotCompanion.Ai;

/// <summary>Whether the configured model can be reached. The offline coach always can.</summary>
public interface IModelHealth
{
    Task<ModelHealthReport> CheckAsync(CancellationToken cancellationToken);
}

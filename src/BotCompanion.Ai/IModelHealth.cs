namespace BotCompanion.Ai;

/// <summary>Whether the configured model can be reached. The offline coach always can.</summary>
public interface IModelHealth
{
    Task<ModelHealthReport> CheckAsync(CancellationToken cancellationToken);
}

/// <summary>A reachability verdict with a human reason, free of secrets.</summary>
public sealed record ModelHealthReport(bool Reachable, string Description);

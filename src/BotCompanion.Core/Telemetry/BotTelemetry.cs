using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace BotCompanion.Core.Telemetry;

/// <summary>
/// The product's one ActivitySource and one Meter, and the names a host listens to (ours and Semantic Kernel's).
/// Span and metric attributes carry ids, kinds, outcomes and counts only: never user text or prompt text.
/// </summary>
public static class BotTelemetry
{
    public const string Name = "BotCompanion";

    /// <summary>Semantic Kernel's sources and meters (function invocations, connector calls, token counts).</summary>
    public const string SemanticKernel = "Microsoft.SemanticKernel*";

    public const string TurnSpan = "botcompanion.turn";
    public const string TurnProcessSpan = "botcompanion.turn.process";
    public const string ModelSpan = "botcompanion.model";
    public const string GuardSpan = "botcompanion.guard";
    public const string StoreGetSpan = "botcompanion.store.get";
    public const string StoreSaveSpan = "botcompanion.store.save";
    public const string StoreDeleteSpan = "botcompanion.store.delete";
    public const string ConnectorSpan = "botcompanion.connector.send";

    public static readonly ActivitySource Source = new(Name, typeof(BotTelemetry).Assembly.GetName().Version?.ToString());

    public static readonly Meter Meter = new(Name, typeof(BotTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>Every ActivitySource and Meter name a host should listen to.</summary>
    public static IReadOnlyList<string> Names { get; } = [Name, SemanticKernel];
}

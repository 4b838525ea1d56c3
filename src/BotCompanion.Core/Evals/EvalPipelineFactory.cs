namespace BotCompanion.Core.Evals;

/// <summary>
/// Builds the bot's real pipeline for one pack folder with the given clock; it must use a fresh, empty state store
/// each time it is called. Hosts supply it (the CLI with its model configuration, tests with the offline coach).
/// </summary>
public delegate IServiceProvider EvalPipelineFactory(string packDirectory, TimeProvider clock);

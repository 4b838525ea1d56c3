namespace BotCompanion.Web.Tests.Support;

public sealed record BicepRun(int ExitCode, string Output, IReadOnlyList<BicepDiagnostic> Diagnostics);

public sealed record BicepDiagnostic(string Level, string Code, string Line);

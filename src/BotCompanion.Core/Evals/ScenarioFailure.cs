namespace BotCompanion.Core.Evals;

public sealed record ScenarioFailure(string Scenario, int? Turn, string Problem)
{
    public override string ToString() => Turn is { } t ? $"{Scenario} turn {t}: {Problem}" : $"{Scenario}: {Problem}";
}

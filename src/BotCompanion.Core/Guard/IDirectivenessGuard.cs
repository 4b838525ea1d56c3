namespace BotCompanion.Core.Guard;

/// <summary>Scores one bot utterance for advice or direction.</summary>
public interface IDirectivenessGuard
{
    GuardVerdict Score(string text);
}

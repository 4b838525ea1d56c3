namespace BotCompanion.Core.Evals;

/// <summary>The counts behind the follow figures, summed over scenarios.</summary>
internal sealed class FollowTally
{
    public int Replies { get; set; }

    public int Words { get; set; }

    /// <summary>Reflections of their words (not acknowledgements of a request).</summary>
    public int Said { get; set; }

    public int Complex { get; set; }

    public int RepeatedQuestions { get; set; }

    public int WillBeforeChoice { get; set; }

    public int ReflectedNonStatements { get; set; }

    public int PronounErrors { get; set; }

    public int Requests { get; set; }

    public int RequestsRecognised { get; set; }

    public int Feelings { get; set; }

    public int FeelingsAcknowledged { get; set; }

    public int GoalScenarios { get; set; }

    public int GoalsStated { get; set; }
}

using BotCompanion.Core.Conversation.Understanding;

namespace BotCompanion.Core.Evals;

/// <summary>
/// Per-act precision and recall of <see cref="MessageReader"/> on a labelled message set (JSON lines with
/// <c>text</c>, <c>acts</c> and <c>split</c>, as in tests/data/messages), for one split.
/// </summary>
public static class UnderstandingEvaluation
{
    public sealed record ActFigures(string Act, int Labelled, int Predicted, int Correct)
    {
        public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;

        public double Recall => Labelled == 0 ? 1 : (double)Correct / Labelled;
    }

    public sealed record LabelledMessage(string Text, IReadOnlyList<string> Acts, string Split);

    public static IReadOnlyList<LabelledMessage> Load(string path) =>
        [.. File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(line =>
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            return new LabelledMessage(
                root.GetProperty("text").GetString() ?? "",
                [.. root.GetProperty("acts").EnumerateArray().Select(a => a.GetString() ?? "")],
                root.TryGetProperty("split", out var split) ? split.GetString() ?? "" : "");
        })];

    /// <summary>The act's name in the labelled set: <see cref="MessageAct.QuestionToBot"/> is "question_to_bot".</summary>
    public static string Name(MessageAct act) =>
        string.Concat(act.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static IReadOnlyList<ActFigures> Evaluate(IEnumerable<LabelledMessage> messages)
    {
        var list = messages.ToList();
        var predictions = list.Select(m => MessageReader.Read(m.Text).Acts.Select(Name).ToHashSet()).ToList();
        return [.. Enum.GetValues<MessageAct>().Select(Name).Select(act => new ActFigures(
            act,
            list.Count(m => m.Acts.Contains(act)),
            predictions.Count(p => p.Contains(act)),
            list.Where((m, i) => m.Acts.Contains(act) && predictions[i].Contains(act)).Count()))];
    }
}

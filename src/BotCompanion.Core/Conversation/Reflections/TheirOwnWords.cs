using BotCompanion.Core.Text;

namespace BotCompanion.Core.Conversation.Reflections;

/// <summary>
/// A reply sentence that says back an idea the person stated themselves ("It sounds like you could ask him to write
/// down his case", after "I could ask him to write down his case") is a reflection, not the coach's advice (MITI 4.2.1
/// codes it so). Such a sentence begins with a reflective lead and nearly all its content words are theirs, from
/// their statements, never from a question they asked ("Should I fire him?" said back as "you should fire him" is advice).
/// The directiveness guard judges the rest of the reply.
/// </summary>
internal static partial class TheirOwnWords
{
    private const double MinShare = 0.8;

    /// <summary>The reply without the sentences that only say back what they stated; the whole reply when none do.</summary>
    public static string WithoutTheirIdeas(string reply, string message)
    {
        var theirs = StatedWords(message);
        if (theirs.Count == 0)
        {
            return reply;
        }

        return string.Join(" ", Sentences.Split(reply).Where(s => !SaysBack(s, theirs)));
    }

    private static bool SaysBack(string sentence, HashSet<string> theirs)
    {
        if (sentence.EndsWith('?') || ReflectiveLead().Match(sentence) is not { Success: true } lead)
        {
            return false;
        }

        var words = Content(sentence[lead.Length..]).ToList();
        return words.Count >= 2 && words.Count(theirs.Contains) >= MinShare * words.Count;
    }

    private static HashSet<string> StatedWords(string message) =>
        [.. Sentences.Split(message).Where(s => !s.EndsWith('?')).SelectMany(Content)];

    private static IEnumerable<string> Content(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length > 2 && !Function().IsMatch(w));

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;


    [GeneratedRegex(@"[\p{L}']+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\s*(it\s+sounds\s+like|you'?re\s+saying|what\s+i\s+hear\s+is(\s+that)?|i\s+hear(\s+that)?|from\s+what\s+you\s+say,?|you'?re\s+leaning\s+towards|so)\s+", Options)]
    private static partial Regex ReflectiveLead();

    [GeneratedRegex(@"^(you|your|you'?re|you'?ll|you'?d|you'?ve|yours|yourself|the|and|but|with|for|that|this|could|would|should|also|can|might|then|them|they|their|him|his|her|she|one|just|about|into|from|like|more|some)$", Options)]
    private static partial Regex Function();
}

using BotCompanion.Core.Conversation.Understanding;
using BotCompanion.Core.Prompts;
using BotCompanion.Core.State;
using BotCompanion.Core.Text;

namespace BotCompanion.Core.Conversation.Reflections;

/// <summary>The answer to "what are you taking away?" said back as what they have come to see.</summary>
internal static partial class TakeawayReflection
{
    /// <summary>
    /// Their answer to the takeaway question said back as what they have come to see: naming it as a realisation is
    /// the meaning a coach adds (a complex reflection). Otherwise, or without the pack's wording, as <see cref="ReflectionWriter.Write"/>.
    /// </summary>
    public static Reflection? Write(MessageReading reading, string text, PhraseBank phrases, ConversationTrack track)
    {
        if (reading.IsStatement && reading.Language == "en" && phrases.For(PhraseSets.ReflectInsight).Count > 0
            && Sentences.Split(text).Select(s => TakeawayLead().Replace(s.Trim(), "")).FirstOrDefault(s => !ActCues.Thanks().IsMatch(s) && !ActCues.Closing().IsMatch(s) && !ActCues.Greeting().IsMatch(s)) is { } takeaway
            && KeyPhrase.Of(takeaway) is { } insight && ReflectionWriter.Fill(phrases, PhraseSets.ReflectInsight, track, [("0", ReflectionWriter.TheirView(Insight(insight)))]) is { } said
            && Sentences.Words(said) <= ReflectionWriter.MaxWords)
        {
            return new Reflection(said, true);
        }

        return ReflectionWriter.Write(reading, phrases, track);
    }

    // "The problem is not them, is how I react": without its lead-in the insight would start at "not them".
    private static string Insight(string phrase) =>
        ReflectionWriter.Bare(phrase) is var bare && !bare.StartsWith("not ", StringComparison.OrdinalIgnoreCase) ? bare : phrase;

    [GeneratedRegex(@"^\W*((ok(ay)?|well|honestly|i\s+guess|i\s+think|probably|maybe|mostly|just)[,\s]+)*((i'?ve\s+)?(realis|realiz)(e|ed)\s+|i\s+(take\s+away|learned|learnt|see\s+now)\s+|(what\s+i'?m\s+taking\s+away|my\s+takeaway)\s+is\s+)?that\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TakeawayLead();
}

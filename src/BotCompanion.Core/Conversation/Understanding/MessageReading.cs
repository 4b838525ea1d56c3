namespace BotCompanion.Core.Conversation.Understanding;

/// <summary>
/// The acts one message performs and the words that carry each (their own words, as written), plus the feeling
/// named or implied. Statements are what a coach may reflect; greetings, closings, thanks, questions to the bot
/// and requests are answered, never reflected.
/// </summary>
public sealed record MessageReading(IReadOnlyDictionary<MessageAct, string> Spans, Feeling? Feeling, Ambivalence? Ambivalence)
{
    public static MessageReading Empty { get; } = new(new Dictionary<MessageAct, string>(), null, null);

    /// <summary>A message in a language the reader does not read: nothing in it is said back.</summary>
    public static MessageReading OtherLanguage { get; } = new(new Dictionary<MessageAct, string>(), null, null) { IsOtherLanguage = true };

    public bool IsOtherLanguage { get; init; }

    /// <summary>The language the message was read in ("en", "es"): what is said back is said in it.</summary>
    public string Language { get; init; } = "en";

    public bool Has(MessageAct act) => Spans.ContainsKey(act);

    public string? Span(MessageAct act) => Spans.GetValueOrDefault(act);

    public IEnumerable<MessageAct> Acts => Spans.Keys;

    /// <summary>True when the message says something about them or their situation that can be reflected.</summary>
    public bool IsStatement => Spans.Keys.Any(a => a is not (MessageAct.Greeting or MessageAct.Closing or MessageAct.Thanks
        or MessageAct.QuestionToBot or MessageAct.RequestForDirection or MessageAct.OffTopic));
}

/// <summary>A feeling: its name in the summary ("humiliated"), the words that carried it, and whether it was only implied.</summary>
public sealed record Feeling(string Name, string Words, bool Implied);

/// <summary>
/// "Part of me wants X, and part of me Y" (<paramref name="Parts"/>: both sides are verb phrases) or "I want to X,
/// but Y" (X an infinitive, Y a clause): the two sides, in their words.
/// </summary>
public sealed record Ambivalence(string Wants, string Holds, bool Parts = false);

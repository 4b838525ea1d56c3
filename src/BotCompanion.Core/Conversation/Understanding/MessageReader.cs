using BotCompanion.Core.Commitments;
using BotCompanion.Core.Text;

namespace BotCompanion.Core.Conversation.Understanding;

/// <summary>
/// Reads what one executive message does, locally and deterministically (a few microseconds): each act's cue family
/// is tried on every sentence, and the sentence (or clause) that carries the act becomes its span. Situation is what
/// is left: a statement of at least four words that no other act explains.
/// </summary>
public static partial class MessageReader
{
    private static readonly (MessageAct Act, Regex Pattern)[] Families =
    [
        (MessageAct.Greeting, ActCues.Greeting()),
        (MessageAct.Thanks, ActCues.Thanks()),
        (MessageAct.Closing, ActCues.Closing()),
        (MessageAct.QuestionToBot, ActCues.QuestionToBot()),
        (MessageAct.Goal, ActCues.Goal()),
        (MessageAct.SuccessCriterion, ActCues.SuccessCriterion()),
        (MessageAct.Choice, ActCues.Choice()),
        (MessageAct.Option, ActCues.Option()),
        (MessageAct.Contingency, ActCues.Contingency()),
        (MessageAct.Obstacle, ActCues.Obstacle()),
        (MessageAct.WhatIf, ActCues.WhatIf()),
        (MessageAct.Fear, ActCues.Fear()),
        (MessageAct.Value, ActCues.Value()),
        (MessageAct.Belief, ActCues.Belief()),
        (MessageAct.OffTopic, ActCues.OffTopic()),
    ];

    public static MessageReading Read(string text) => Read(text, "en");

    /// <summary>
    /// Reads <paramref name="text"/> as a message in <paramref name="language"/>. In Spanish the reader finds what the
    /// offline coach must not miss (a request for direction, a commitment, a feeling named, a greeting, thanks or a
    /// closing) and nothing it would have to say back in their words.
    /// </summary>
    public static MessageReading Read(string text, string language)
    {
        // Emoji or punctuation alone say something, but nothing a coach can say back in words.
        if (string.IsNullOrWhiteSpace(text) || !Letter().IsMatch(text))
        {
            return MessageReading.Empty;
        }

        text = OwnWords(text);
        var spans = new Dictionary<MessageAct, string>();
        var sentences = Split(text);
        if (DirectionRequestCues.Find(text) is { } request)
        {
            spans[MessageAct.RequestForDirection] = SentenceWith(sentences, request);
        }

        if (language == "es")
        {
            return ReadSpanish(text, sentences, spans);
        }

        if (!EnglishMessage.IsLikely(text))
        {
            // A request in another language ("translate: Sie sollten…") is still a request; nothing else is read.
            return MessageReading.OtherLanguage with { Spans = spans };
        }

        foreach (var (act, pattern) in Families)
        {
            foreach (var sentence in sentences)
            {
                if (pattern.Match(sentence) is { Success: true } match && Plausible(act, sentence, spans))
                {
                    spans[act] = act is MessageAct.Greeting or MessageAct.Thanks ? match.Value.Trim() : sentence;
                    break;
                }
            }
        }

        if (sentences.FirstOrDefault(s => CommitmentParser.LooksLikeCommitment(s) && !s.TrimStart().StartsWith("if ", StringComparison.OrdinalIgnoreCase)) is { } commitment
            && !spans.ContainsKey(MessageAct.RequestForDirection))
        {
            spans[MessageAct.Commitment] = commitment;
        }

        var feeling = FeelingCues.Find(text);
        // "I'm worried that…" is a fear, labelled as such; the feeling is the same words and is not counted twice.
        // "I want to stop rewriting the slides the night before": what they want, not what they feel.
        if (feeling is { Implied: true } && spans.TryGetValue(MessageAct.Goal, out var goal) && ActCues.Goal().Match(goal) is { Success: true } want
            && goal.IndexOf(feeling.Words, want.Index, StringComparison.OrdinalIgnoreCase) >= 0)
        {
            feeling = null;
        }

        if (feeling is not null && !(spans.TryGetValue(MessageAct.Fear, out var fear) && fear.Contains(feeling.Words, StringComparison.OrdinalIgnoreCase)))
        {
            spans[MessageAct.Feeling] = SentenceWith(sentences, feeling.Words);
        }

        // A sentence with a generic "you" ("when you make a mistake he shouts") cannot be said back: another comes first.
        if ((sentences.FirstOrDefault(s => IsSituation(s, spans) && !GenericYou().IsMatch(s)) ?? sentences.FirstOrDefault(s => IsSituation(s, spans))) is { } situation)
        {
            spans[MessageAct.Situation] = situation;
        }

        return new MessageReading(spans, feeling, FindAmbivalence(text));
    }

    private static MessageReading ReadSpanish(string text, IReadOnlyList<string> sentences, Dictionary<MessageAct, string> spans)
    {
        foreach (var (act, pattern) in SpanishFamilies)
        {
            if (sentences.FirstOrDefault(s => pattern.IsMatch(s)) is { } sentence)
            {
                spans[act] = act is MessageAct.Greeting or MessageAct.Thanks ? pattern.Match(sentence).Value.Trim() : sentence;
            }
        }

        if (!spans.ContainsKey(MessageAct.RequestForDirection) && sentences.FirstOrDefault(CommitmentParser.LooksLikeCommitment) is { } commitment)
        {
            spans[MessageAct.Commitment] = commitment;
        }

        var feeling = FeelingCues.FindSpanish(text);
        if (feeling is not null)
        {
            spans[MessageAct.Feeling] = SentenceWith(sentences, feeling.Words);
        }

        if (!spans.ContainsKey(MessageAct.RequestForDirection))
        {
            foreach (var (act, pattern) in SpanishStatements)
            {
                if (sentences.FirstOrDefault(s => pattern.IsMatch(s) && !s.TrimEnd().EndsWith('?') && !spans.ContainsValue(s)) is { } sentence)
                {
                    spans[act] = sentence;
                }
            }

            if (sentences.FirstOrDefault(s => IsSituation(s, spans)) is { } situation)
            {
                spans[MessageAct.Situation] = situation;
            }
        }

        return new MessageReading(spans, feeling, null) { Language = "es" };
    }

    private static readonly (MessageAct Act, Regex Pattern)[] SpanishFamilies =
    [
        (MessageAct.Greeting, ActCues.Greeting()),
        (MessageAct.Thanks, ActCues.Thanks()),
        (MessageAct.Closing, ActCues.Closing()),
    ];

    // A commitment ("voy a…") is read first: "tengo que" inside it is not a goal.
    private static readonly (MessageAct Act, Regex Pattern)[] SpanishStatements =
    [
        (MessageAct.Choice, SpanishActCues.Choice()),
        (MessageAct.Option, SpanishActCues.Option()),
        (MessageAct.Obstacle, SpanishActCues.Obstacle()),
        (MessageAct.Goal, SpanishActCues.Goal()),
    ];

    private static bool Plausible(MessageAct act, string sentence, Dictionary<MessageAct, string> spans) => act switch
    {
        // A question to the bot about how it works is not a request for direction, and the reverse.
        MessageAct.QuestionToBot => !spans.ContainsKey(MessageAct.RequestForDirection),
        // "I want to know what you think" is a request; "I want you to tell me" too.
        MessageAct.Goal => !spans.ContainsKey(MessageAct.RequestForDirection) && !sentence.TrimEnd().EndsWith('?') && !WantsBotTo().IsMatch(sentence),
        MessageAct.Option or MessageAct.Belief => !sentence.TrimEnd().EndsWith('?') || !spans.ContainsKey(MessageAct.RequestForDirection),
        MessageAct.OffTopic => spans.Count == 0,
        _ => true,
    };

    private static bool IsSituation(string sentence, Dictionary<MessageAct, string> spans)
    {
        if (sentence.TrimEnd().EndsWith('?') || Sentences.Words(sentence) < 4 || spans.ContainsValue(sentence) || Apology().IsMatch(sentence) || NothingMore().IsMatch(sentence))
        {
            return false;
        }

        // Greetings, thanks and closings never make the rest of a short message a situation ("ok that's it, thanks").
        return !(spans.Count > 0 && spans.Keys.All(a => a is MessageAct.Closing or MessageAct.Thanks) && Sentences.Words(sentence) < 8);
    }

    private static Ambivalence? FindAmbivalence(string text) =>
        PartOfMe().Match(text) is { Success: true } parts
            ? new Ambivalence(Clean(parts.Groups["wants"].Value), Clean(parts.Groups["holds"].Value), Parts: true)
            : WantButFear().Match(text) is { Success: true } split
                ? new Ambivalence(Clean(split.Groups["wants"].Value), Clean(split.Groups["holds"].Value))
                : null;

    /// <summary>
    /// A pasted e-mail thread is someone else's words: only what they wrote after it (its last paragraph, when that
    /// carries no header) is read.
    /// </summary>
    private static string OwnWords(string text)
    {
        if (MailHeader().Count(text) < 2)
        {
            return text;
        }

        var last = ParagraphBreak().Split(text.Trim()).Last();
        return MailHeader().IsMatch(last) ? "" : last;
    }

    private static string Clean(string clause) => clause.Trim().TrimEnd('.', ',', ';', '!', ' ');

    internal static IReadOnlyList<string> Split(string text) => Sentences.Split(text);

    private static string SentenceWith(IReadOnlyList<string> sentences, string words) =>
        sentences.FirstOrDefault(s => s.Contains(words, StringComparison.OrdinalIgnoreCase)) ?? words;


    [GeneratedRegex(@"\b(you|your)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenericYou();

    [GeneratedRegex(@"^\s*(from|sent|to|cc|subject|date)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex MailHeader();

    [GeneratedRegex(@"\r?\n\s*\r?\n")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"\p{L}")]
    private static partial Regex Letter();

    // "That's all of them, really" answers "what else?": nothing more to say back.
    [GeneratedRegex(@"^\W*(that'?s|those\s+are|that\s+is)\s+(all|it|everything)\b|^\W*(nothing|no(thing)?\s+more|not\s+really|none)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NothingMore();

    // "Sorry, the file didn't go through" is about the chat, not about them.
    [GeneratedRegex(@"^\W*(sorry|apologies|my\s+bad|oops)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Apology();

    [GeneratedRegex(@"\b(want|need|would\s+like|'d\s+like)\s+(you|u)\s+to\b|\bwant\s+to\s+know\s+what\s+you\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WantsBotTo();

    [GeneratedRegex(@"\bpart\s+of\s+me\s+(?<wants>[^.;]{3,90}?)[,;]?\s+(and|but)\s+(another\s+|the\s+other\s+)?part\s+(of\s+me\s+)?(?<holds>[^.;!?]{3,90})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartOfMe();

    [GeneratedRegex(@"\bi\s+(really\s+)?(want|'d\s+like|would\s+like|'d\s+love)\s+to\s+(?<wants>[^.;]{3,80}?)[,;]?\s+but\s+(?<holds>[^.;!?]{3,90})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WantButFear();
}

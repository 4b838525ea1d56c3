using BotCompanion.Core.Conversation.Understanding;
using BotCompanion.Core.Prompts;
using BotCompanion.Core.State;
using BotCompanion.Core.Text;

namespace BotCompanion.Core.Conversation.Reflections;

/// <summary>
/// At most one short reflection of what matters in a message (MITI 4.2.1): ambivalence as two sides, a fear, a value
/// or a feeling as a complex reflection; otherwise the key phrase of the most telling statement. Greetings,
/// closings, thanks, questions to the bot and requests are never reflected. Openers come from the pack and never
/// repeat on consecutive reflections.
/// </summary>
internal static partial class ReflectionWriter
{
    // The statements worth saying back, most telling first.
    internal static readonly MessageAct[] Order =
    [
        MessageAct.Choice, MessageAct.Goal, MessageAct.Option, MessageAct.Obstacle, MessageAct.WhatIf, MessageAct.Belief,
        MessageAct.SuccessCriterion, MessageAct.Situation, MessageAct.Contingency,
    ];

    // No reflection runs longer than this: heard in one breath.
    internal const int MaxWords = 20;

    public static Reflection? Write(MessageReading reading, PhraseBank phrases, ConversationTrack track)
    {
        if (!reading.IsStatement)
        {
            return null;
        }

        if (reading.Language == "es")
        {
            return SpanishReflectionWriter.Write(reading, phrases, track);
        }

        var (set, values, complex) = Choose(reading, phrases);
        if (set is null)
        {
            return null;
        }

        if (reading.Feeling is { } feeling && FeelingReflection.Write(reading, feeling, phrases, track, (set, values, complex)) is { } withWhatItRestsOn)
        {
            return withWhatItRestsOn;
        }

        var text = Fill(phrases, set, track, values);
        return text is null ? null : new Reflection(OwnWords(text), complex);
    }

    /// <summary>"you want you to decide" as they would say it: "you want to decide".</summary>
    internal static string OwnWords(string reflection) => OwnWant().Replace(reflection, "$1 to");

    internal static string? SaidBack(IEnumerable<string> spans, Func<string, bool> keep) =>
        spans.Where(s => keep(s) && !ActCues.Greeting().IsMatch(s))
            .Select(KeyPhrase.Of).OfType<string>().Where(p => SituationStart().IsMatch(p)).Select(TheirView).FirstOrDefault();

    /// <summary>The first of <paramref name="acts"/>' spans that <paramref name="keep"/> allows, as a key phrase in their view.</summary>
    internal static string? SaidBack(MessageReading reading, IEnumerable<MessageAct> acts, Func<string, bool> keep) =>
        SaidBack(acts.Select(reading.Span).OfType<string>(), keep);

    private static (string? Set, (string Name, string Value)[] Values, bool Complex) Choose(MessageReading reading, PhraseBank phrases)
    {
        if (reading.Ambivalence is { } two && Side(two.Wants) is { } wants && Side(two.Holds) is { } holds)
        {
            return (two.Parts ? PhraseSets.ReflectParts : PhraseSets.ReflectWantButHeld, [("wants", wants), ("holds", holds)], true);
        }

        if (reading.Span(MessageAct.Fear) is { } fear && FearClause().Match(fear) is { Success: true } feared && KeyPhrase.Of(feared.Groups["what"].Value) is { } what)
        {
            // "afraid of a bad hire" names a thing, not a clause: said back as the feeling it is.
            return feared.Groups["of"].Success
                ? (PhraseSets.ReflectFeeling, [("feeling", $"{feared.Groups["word"].Value.ToLowerInvariant()} {feared.Groups["of"].Value.Trim().ToLowerInvariant()} {what}")], true)
                : (PhraseSets.ReflectFear, [("0", what)], true);
        }

        if (reading.Feeling is { } feeling)
        {
            return (feeling.Implied ? PhraseSets.ReflectImpliedFeeling : PhraseSets.ReflectFeeling, [("feeling", FeelingAbout.Of(reading, feeling))], true);
        }

        if (reading.Span(MessageAct.Fear) is { } consequence && KeyPhrase.Of(consequence) is { } dread && SituationStart().IsMatch(dread))
        {
            // "I'd have nothing to show the chair if it went wrong" voices a fear without naming one.
            return (PhraseSets.ReflectFear, [("0", dread)], true);
        }

        if (reading.Span(MessageAct.Goal) is { } held && HeldWant.Of(PlainGoal(held)) is { } kept)
        {
            // "…and not freeze when he comes at me": the want is said back with what it must not turn into.
            return (PhraseSets.ReflectValue, [("0", kept)], true);
        }

        if (reading.Span(MessageAct.Goal) is { } want && KeyPhrase.Of(want) is { } wanted && WantAtACost().Match(wanted) is { Success: true } cost)
        {
            // "I want to hit the deadline without burning out my team": what it must not cost is what they value.
            return (PhraseSets.ReflectValue, [("0", $"you {cost.Groups["act"].Value} without {cost.Groups["cost"].Value}")], true);
        }

        if (reading.Span(MessageAct.Value) is { } value && KeyPhrase.Of(TheirOwnClause(value, ActCues.Value())) is { } valued)
        {
            return (PhraseSets.ReflectValue, [("0", ValueLead().Replace(valued, ""))], true);
        }

        if (phrases.For(PhraseSets.ReflectWondering).Count > 0 && FirstMatch(reading, Wondering()) is { } wondering
            && Side(wondering.Groups["what"].Value) is { } whether && Sentences.Words(whether) >= 2)
        {
            // "Maybe I should just care less" is not a plan: said back as the question they are turning over.
            return (PhraseSets.ReflectWondering, [("0", whether)], true);
        }

        if (FirstMatch(reading, AtLast()) is { } atLast && Side(atLast.Value) is { } longed && Sentences.Words(longed) <= KeyPhrase.MaxWords + 2)
        {
            // "…and I'd finally set the strategy myself": "finally" says how long they have wanted it.
            return (PhraseSets.ReflectValue, [("0", longed)], true);
        }

        if (reading.Span(MessageAct.WhatIf) is { } whatIf && WhatIfClause().Match(whatIf) is { Success: true } asked && KeyPhrase.Of(asked.Groups["what"].Value) is { } dreaded)
        {
            // "What if he does it again and I freeze?" voices a fear: said back as one.
            return (PhraseSets.ReflectFear, [("0", dreaded)], true);
        }

        foreach (var act in Order)
        {
            if (act == MessageAct.Goal && reading.Span(act) is { } goal && Topic().Match(goal) is { Success: true } topic
                && Reflector.SecondPerson(topic.Groups["what"].Value.Trim().TrimEnd('.', '!', ',')) is { Length: > 0 } about && Sentences.Words(about) <= KeyPhrase.MaxWords)
            {
                return (PhraseSets.ReflectTopic, [("0", about)], false);
            }

            if (act == MessageAct.Choice && reading.Span(act) is { } chosen && ChoiceOf(chosen) is { } pick)
            {
                return (PhraseSets.ReflectChoice, [("0", pick)], false);
            }

            if (reading.Span(act) is { } span && !ActCues.Greeting().IsMatch(span) && KeyPhrase.Of(act switch { MessageAct.Goal => PlainGoal(span), MessageAct.Belief => TheirOwnClause(span, ActCues.Belief()), _ => span }) is { } phrase)
            {
                // Naming what the words do for them (what is in the way, what they believe) adds meaning: a complex reflection.
                if (act is MessageAct.Obstacle or MessageAct.Belief && !Bare(phrase).StartsWith("not ", StringComparison.OrdinalIgnoreCase))
                {
                    return (act == MessageAct.Obstacle ? PhraseSets.ReflectObstacle : PhraseSets.ReflectBelief, [("0", Bare(phrase))], true);
                }

                // "And a weekly 15 minutes with Lena" names an option without a verb: said back as the option it is.
                if ((act == MessageAct.Option || (act == MessageAct.Situation && AddedOption().IsMatch(span))) && NounPhrase().IsMatch(phrase) && phrases.For(PhraseSets.ReflectOptionNamed).Count > 0)
                {
                    return (PhraseSets.ReflectOptionNamed, [("0", phrase)], false);
                }

                // "Or we bring in Maya" is a possibility, not what they do: "you could bring in Maya".
                if (act is MessageAct.Option or MessageAct.Situation && SpokenOption().IsMatch(span))
                {
                    phrase = PlainVerb().Replace(phrase, "you could ${each}${verb}", 1);
                }

                return (PhraseSets.Reflect, [("0", TheirView(phrase))], false);
            }
        }

        return (null, [], false);
    }

    private static Match? FirstMatch(MessageReading reading, Regex pattern) =>
        reading.Spans.Values.Select(s => pattern.Match(s)).FirstOrDefault(m => m.Success);

    /// <summary>The set's next wording whose first word differs from the last reflection's, across sets, filled in.</summary>
    internal static string? Fill(PhraseBank phrases, string set, ConversationTrack track, (string Name, string Value)[] values)
    {
        var options = phrases.For(set);
        if (options.Count == 0)
        {
            return null;
        }

        var start = track.Reflections % options.Count;
        var index = Enumerable.Range(0, options.Count).Select(k => (start + k) % options.Count)
            .FirstOrDefault(i => OpeningWord(options[i]) != track.LastOpener, start);
        track.Reflections++;
        track.LastOpener = OpeningWord(options[index]);
        var text = options[index];
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The first word of a wording ("it" for "It sounds like…"): two reflections in a row never open with the same one.</summary>
    private static string OpeningWord(string wording) =>
        wording.TrimStart().Split(' ', 2)[0].ToLowerInvariant();

    /// <summary>
    /// "you need to cut the budget" said back would read as an instruction: it becomes what falls to them ("it falls
    /// to you to cut the budget"), and "you should" their own sense of it ("you feel you should").
    /// </summary>
    internal static string TheirView(string phrase) =>
        Duty().IsMatch(phrase) ? Duty().Replace(phrase, "it falls to you to ", 1) : Obligation().Replace(phrase, "you feel you $1", 1);

    /// <summary>
    /// "My co-founder wants to raise and I think we should wait": what they believe (or value, "…and I promised my
    /// family I'd step down") starts at their own clause when the cue is there and not in what someone else wants.
    /// </summary>
    private static string TheirOwnClause(string span, Regex cue) =>
        OwnClauseAfterAnother().Match(span) is { Success: true } m && cue.IsMatch(span[(m.Index + m.Length)..]) && !cue.IsMatch(span[..m.Index])
            ? span[(m.Index + m.Length)..]
            : span;

    /// <summary>"What I want is to walk in calm" said back as the want itself: "you want to walk in calm".</summary>
    private static string PlainGoal(string goal) => WhatIWant().Replace(goal, m => m.Groups["like"].Success ? "I'd like " : "I want ", 1);

    /// <summary>What they chose, without the words of choosing: "shortening it pulls at me most" → "shortening it".</summary>
    private static string? ChoiceOf(string span)
    {
        var text = Reflector.SecondPerson(span.Trim().TrimEnd('.', '!'));
        var found = ChosenThing().Match(text);
        var pick = (found.Success ? found.Groups["what"].Value : "").Trim().TrimEnd(',', '.', ';');
        if (pick.Length > 1 && char.IsUpper(pick[0]) && char.IsLower(pick[1]))
        {
            pick = char.ToLowerInvariant(pick[0]) + pick[1..];
        }

        // A verb left at the front ("promote Aisha", "to move it") does not read after "leaning towards".
        return Sentences.Words(pick) is >= 1 and <= 10 && !SpeaksOfTheBot().IsMatch(pick) && !VerbFirst().IsMatch(pick) ? pick : null;
    }

    /// <summary>"the issue is you've never told him" said inside "what's in the way is that…" loses its own lead-in.</summary>
    internal static string Bare(string phrase) => LeadIn().Replace(phrase, "");

    private static string? Side(string clause)
    {
        var side = Reflector.SecondPerson(clause.Trim().TrimEnd('.', ',', ';', '!')).Trim();
        return Sentences.Words(side) is >= 1 and <= 14 && !SpeaksOfTheBot().IsMatch(side) ? side : null;
    }

    // Their own fear, not someone else's ("he's scared we'll run out of runway and I'm scared we'll lose control").
    [GeneratedRegex(@"(?:\b(?:i'?m|i\s+am|i\s+was|i'?ve\s+been|i\s+feel|i)\s+(?:\w+\s+)?(?<word>scared|afraid|worried|frightened|terrified|nervous|anxious|concerned)|\bmy\s+(?:\w+\s+)?(?:fear|worry|concern|dread)\s+is|\bi\s+(?:fear|dread|worry))\s+(that\s+|(?<of>of\s+|about\s+))?(?<what>.{8,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FearClause();

    // "That I don't need to check everything", "Maybe that I…", "I realise that…": the takeaway without its lead-in.
    [GeneratedRegex(@"^\W*(?:(?:maybe|perhaps)\s+i\s+(?:should|ought\s+to)|i\s+should\s+(?:probably|maybe)|i\s+wonder\s+(?:if|whether)\s+i\s+should)\s+(?<what>[^.!?,;]{3,60}?)[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Wondering();

    [GeneratedRegex(@"\bi(?:'d|\s+would|\s+could|'ll|\s+will)\s+finally\s+[^.!?,;]{3,60}?(?=[.!?,;]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AtLast();

    [GeneratedRegex(@"^(a|an|one|some)\s+(?!(?:bit|lot|little|few)\b)\w+(\s+\w+){0,3}\s+(with|for|to|on|of|from)\b(?!.*\b(you|your|it)\s+(could|would|will|can|might|'d|'ll)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NounPhrase();

    [GeneratedRegex(@"^\W*(and|or|also|plus)\s+(a|an|one|some)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddedOption();

    [GeneratedRegex(@"^\W*(or|maybe|perhaps)[,\s]+(we|i)\s+(?!(could|would|might|can|should|will|may|need|have|had|must|was|were|did|said|told|went|got|made|took|thought|'d|'ll)\b)((each|both|all|just)\s+)?(?!\w+ed\b)\w", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpokenOption();

    [GeneratedRegex(@"^you\s+(?<each>(?:each|both|all|just)\s+)?(?<verb>(?!(?:could|would|might|can|should|will|may|need|have|must|are|were|'d|'ll|'re)\b)\w+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlainVerb();

    [GeneratedRegex(@"[,;]?\s+(and|but)\s+(?=i\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnClauseAfterAnother();

    [GeneratedRegex(@"^((part\s+of\s+)?the\s+(problem|issue|obstacle|blocker|hard\s+part|difficulty|catch|challenge|risk)\s+is(\s+that)?|you\s+(think|believe|guess|suppose|feel)(\s+that)?)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"^you\s+((really\s+)?(need\s+to|have\s+to|must|should|ought\s+to|have\s+got\s+to|'ve\s+got\s+to))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Obligation();

    [GeneratedRegex(@"^you\s+(really\s+)?(need\s+to|have\s+to|must|have\s+got\s+to|'ve\s+got\s+to)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Duty();

    [GeneratedRegex(@"\b(talk|think|chat)\s+(about|through)\s+(?<what>[^.!?,;]{3,80})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Topic();

    [GeneratedRegex(@"^(?:(?:ok|okay|so|well|yes|right|actually|honestly|you\s+think|you\s+guess|maybe)[,\s]+)*(?:(?:you'?ll|you\s+will|you'?re\s+going\s+to|you'?d|let'?s|you)\s+(?:go\s+with|going\s+with|pick|choose|go\s+for|take|prefer)\s+|you'?re\s+leaning\s+(?:towards?|to)\s+|you'?ve\s+decided\s+(?:on\s+|to\s+)?|your\s+(?:choice|decision|pick)\s+is\s+)?(?<what>.+?)(?:\s+(?:pulls\s+at\s+you|appeals\s+to\s+you)\s+most|\s+is\s+the\s+one|,?\s+definitely)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChosenThing();

    [GeneratedRegex(@"^\W*(ok(ay)?[.,]?\s*)?(i\s+guess\s+|so\s+)?what\s+i\s*(?:(?<like>'?d\s+like|would\s+like)|want|need|really\s+want)(\s+from\s+(this|today))?\s+is\s+(?=to\s+|for\s+)(for\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhatIWant();

    [GeneratedRegex(@"^(for\s+you\s+(it\s+)?is\s+(very\s+|really\s+|so\s+)?important\s+(that\s+)?|it'?s\s+(really\s+|very\s+)?important\s+to\s+you\s+(that\s+)?|what\s+matters\s+(most\s+)?to\s+you\s+is\s+(that\s+)?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ValueLead();

    // "I want us to decide together" said back is "you want to decide together", not "you want you to".
    [GeneratedRegex(@"\b(you\s+(?:want|'d\s+like|would\s+like))\s+you\s+to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnWant();

    [GeneratedRegex(@"^\W*(and\s+|but\s+|so\s+)?what\s+(if|happens\s+if)\s+(?<what>[^?]{6,})\?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhatIfClause();

    [GeneratedRegex(@"^(to|you|it|that|this|kill|keep|cancel|promote|hire|move|shorten|go|do|ask|tell|talk|call|send|start|stop|wait|say|take|make|give)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerbFirst();

    [GeneratedRegex(@"\b(me|my|mine|myself)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeaksOfTheBot();

    [GeneratedRegex(@"^you\s+(really\s+)?(want|need|have|'d\s+like|would\s+like|'d\s+love)\s+to\s+(?<act>.{3,60}?)\s+without\s+(?<cost>\w+ing\b.{3,40})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WantAtACost();

    // What is said back before a feeling, or as a fear, starts with who or what it is about ("you", "the chair", "your
    // memo"), never with a word that could be a name or an adjective ("Tough day with the auditors").
    [GeneratedRegex(@"^(you|you're|you've|you'd|you'll|your|the|a(?!\s+(bit|little|lot|touch)\b)|an|his|her|their|he|he's|she|she's|they|they're|it|it's|this|that|there|there's|we|nobody|no\s+one|everyone|everybody|people|every)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SituationStart();
}

using BotCompanion.Core.Text;

namespace BotCompanion.Core.Conversation.Reflections;

/// <summary>
/// The part of a sentence worth saying back: fillers dropped ("honestly", "I think"), the clause with the most
/// content when the sentence runs on, in the second person, short enough to hear in one breath.
/// </summary>
internal static partial class KeyPhrase
{
    internal const int MaxWords = 8;

    // A clause this long is cut where a clause ends, when it has such a place: the key phrase, not the whole sentence.
    private const int CutOver = 12;

    // Up to this long, a clause with no clean place to cut is said back whole rather than garbled.
    private const int WholeUpTo = 15;

    // A cut phrase keeps at least this many words: "your head of engineering" alone says less than nothing.
    private const int MinCut = 5;

    /// <summary>The key phrase of <paramref name="sentence"/>, or null when it cannot be said back cleanly.</summary>
    public static string? Of(string sentence)
    {
        var text = PlanLabel().Replace(LikeBeforeANumber().Replace(Whitespace().Replace(sentence, " "), ""), "$1 $2 is to ").Trim().TrimEnd('.', '!', ';', ':', ',', '…', ' ');

        // Shouted words are said back at a normal volume.
        if (!text.Any(char.IsLower) && text.Count(char.IsLetter) > 3)
        {
            text = LoneI().Replace(text.ToLowerInvariant(), "I");
        }
        if (text.Length == 0 || text.EndsWith('?') || AddressesTheBot().IsMatch(text) || Code().IsMatch(text) || AsksTheBot().IsMatch(text))
        {
            return null;
        }

        var clause = BestClause(TrailingFiller().Replace(Filler().Replace(text, "").Trim(), ""));
        if (clause is null || Elliptical().IsMatch(clause))
        {
            return null;
        }

        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A contrast after a comma (", not just slides") belongs to what they say: kept whole while it can be.
        var cutShort = words.Length > WholeUpTo || (words.Length > CutOver && !Contrast().IsMatch(clause));
        if (words.Length > WholeUpTo && words[0].Equals("if", StringComparison.OrdinalIgnoreCase) && Array.FindIndex(words, w => w.EndsWith(',')) is var conditionEnd and > 0 and < 12
            && words.Length - conditionEnd - 1 is >= 3 and <= WholeUpTo)
        {
            // "If Lena gets it wrong with the big accounts, the client goes to the CEO": cut, the condition alone
            // says nothing; the consequence is what they dread.
            words = words[(conditionEnd + 1)..];
            cutShort = false;
        }

        if (cutShort)
        {
            // Cut where a clause ends (after a comma, before "and", "because", "with"…): the last such place within
            // the limit, else the first one a little past it. With none, the phrase is not said back: a cut in the
            // middle of a clause ("…that he's") garbles it.
            // A comma within reach ends a clause more surely than a joint word does ("…because you never drew the line,").
            bool CleanCut(int i) => (words[i - 1].EndsWith(',') && !Continues().IsMatch(words[i])) || (Joint().IsMatch(words[i]) && JointEndsAClause(words, i));
            var comma = Enumerable.Range(MinCut, WholeUpTo - MinCut + 1).LastOrDefault(i => i < words.Length && words[i - 1].EndsWith(',') && !Continues().IsMatch(words[i]));
            var within = comma > 0 ? comma : Enumerable.Range(MinCut, MaxWords - MinCut + 1).LastOrDefault(CleanCut);
            var past = Enumerable.Range(MaxWords + 1, WholeUpTo - MaxWords + 2).FirstOrDefault(i => i < words.Length && CleanCut(i));
            // Failing a clause end, before a preposition ("…the country managers | in the first ninety days").
            var before = within > 0 || past > 0 ? 0
                : Enumerable.Range(MinCut, WholeUpTo - MinCut + 1).LastOrDefault(i => i < words.Length - 1 && Preposition().IsMatch(words[i]) && !NeedsItsPreposition().IsMatch(words[i - 1]));
            if (within == 0 && past == 0 && before == 0)
            {
                if (words.Length > WholeUpTo)
                {
                    return null;
                }

                cutShort = false;
            }
            else
            {
                words = words[..(within > 0 ? within : past > 0 ? past : before)];
            }
        }

        // A cut phrase never ends on a word that needs another after it ("…with the big accounts, the").
        var end = words.Length;
        while (cutShort && end > 3 && Dangling().IsMatch(words[end - 1].TrimEnd(',', ';', ':')))
        {
            end--;
        }

        var phrase = string.Join(' ', words[..end]).TrimEnd(',', ';', ':', '-', '—');
        return Sentences.Words(phrase) < 3 ? null : LowerFirst(Reflector.SecondPerson(phrase));
    }

    private const int TimePhraseWords = 3;

    /// <summary>
    /// Whether a cut before the joint word at <paramref name="i"/> leaves a clause that stands: not inside a condition
    /// just opened ("…if Carla | and Paolo present"), not between two names, and "before the board" is a place in time,
    /// not a clause ("before I leave" and "before the planning cycle starts" are).
    /// </summary>
    private static bool JointEndsAClause(string[] words, int i)
    {
        var opened = Array.FindLastIndex(words, i - 1, i, w => Subordinator().IsMatch(w));
        if (opened >= 0 && i - opened <= 2)
        {
            return false;
        }

        if (words[i] is "and" or "or" && i + 1 < words.Length && char.IsUpper(words[i - 1][0]) && char.IsUpper(words[i + 1][0]))
        {
            return false;
        }

        return !TimeWord().IsMatch(words[i]) || (i + 1 < words.Length && Pronoun().IsMatch(words[i + 1])) || words.Length - i > TimePhraseWords;
    }

    /// <summary>The clause carrying most content: people often put what matters after "but" or "and".</summary>
    private static string? BestClause(string text)
    {
        var clauses = ClauseBreak().Split(text).Select(c => c.Trim().TrimEnd(',')).Where(c => Sentences.Words(c) >= 3).ToList();
        if (clauses.Count == 0)
        {
            // "four days. four days." is said for emphasis, not something to say back.
            return Sentences.Words(text) >= 3 && !text.Contains(". ", StringComparison.Ordinal) ? text : null;
        }

        if (Sentences.Words(text) <= WholeUpTo)
        {
            return text;
        }

        // A later clause is said back only when it stands on its own ("and only review the summary page" does not).
        var best = clauses.Select(c => LeadingJoint().Replace(c, "")).Where((c, i) => i == 0 || Subject().IsMatch(c))
            .OrderByDescending(ContentWords).First();
        return best;
    }

    private static int ContentWords(string clause) =>
        clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Length > 3 && !Function().IsMatch(w));

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) && CommonStart().IsMatch(text)
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^((hi|hello|hey|morning|good\s+(morning|afternoon|evening)|honestly|frankly|basically|well|so|and|but|also|ok(ay)?|yeah|yes|no|look|anyway|actually|i\s+mean|to\s+be\s+honest|the\s+thing\s+is|it'?s\s+(more|just|partly)\s+that|partly\s+it'?s\s+that|i\s+(think|guess|suppose|feel\s+like|believe)(\s+that)?|i'?d\s+say|that(?=\s+(i|we|the|my|our|it)\b))\b[,\s]*)+", Options)]
    private static partial Regex Filler();

    // Words addressed to the bot ("you", "your") would come back as "me": such a sentence is not said back.
    [GeneratedRegex(@"\b(you|your|yours|yourself|u|ur)\b", Options)]
    private static partial Regex AddressesTheBot();

    // "Then help me think", "tell me more": said to the bot, not about them.
    [GeneratedRegex(@"^((ok(ay)?|then|so|please|just|fine|now)[,.\s]+)*(help|tell|give|show|let|walk)\s+(me|us)\b", Options)]
    private static partial Regex AsksTheBot();

    [GeneratedRegex(@"[{};=<>`]|\b(function|return|select|var|const)\s*[(\w]", Options)]
    private static partial Regex Code();

    [GeneratedRegex(@",\s+(?=(?:and|but|so|which|although|though|while)\b)|;\s*|:\s+|\s+[—–-]\s+|\.\s+|\s+(?=(?:but|although|though)\b)", Options)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^(and|but|so|because|which|although|though|while|when|since|with|without|before|after|if|or|until|unless|instead|rather)$", Options)]
    private static partial Regex Joint();

    [GeneratedRegex(@"^(if|when|because|whether|unless|that)$", Options)]
    private static partial Regex Subordinator();

    [GeneratedRegex(@"^(before|after|until|since)$", Options)]
    private static partial Regex TimeWord();

    [GeneratedRegex(@"^(i|we|he|she|they|it|you|i'm|we're|he's|she's|they're|it's|i've|we've|they've|i'd|we'd|i'll|we'll)$", Options)]
    private static partial Regex Pronoun();

    // "The problem is not them, is how I react": after the comma the sentence goes on; it does not end there.
    [GeneratedRegex(@"^(is|are|was|were|it's|its)$", Options)]
    private static partial Regex Continues();

    // "get better | at delegating" says nothing without what follows: no cut after such a word.
    [GeneratedRegex(@"^(better|worse|good|bad|great|able|ready|afraid|aware|sure|proud|responsible|part|rid|care|focus|rely|depend|insist|work|look|wait)$", Options)]
    private static partial Regex NeedsItsPreposition();

    [GeneratedRegex(@"^(in|on|at|by|for|during|from|within|over|across)$", Options)]
    private static partial Regex Preposition();

    [GeneratedRegex(@"^((?i:i|i'm|i've|i'd|i'll|we|we're|we've|he|he's|she|she's|they|they're|it|it's|there|there's|this|that|the|my|our|his|her|their|nobody|no\s+one|everyone|everybody|people)|\p{Lu}\p{Ll}+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Subject();

    [GeneratedRegex(@"^(and|but|so|although|though|while)\s+", Options)]
    private static partial Regex LeadingJoint();

    // "honestly", "really" trailing after a comma add nothing said back.
    [GeneratedRegex(@",?\s+(honestly|really|actually|though|i\s+think|i\s+guess|to\s+be\s+honest|i\s+counted)\s*$", Options)]
    private static partial Regex TrailingFiller();

    // "Better than me on the covenant detail": a sentence without its subject cannot be said back without guessing it.
    // "Less if it doesn't" leans on the sentence before it.
    [GeneratedRegex(@"^(\p{Lu}\p{Ll}+\s+(than|at|on|in|of|for|to|with|about)|(?i:less|more|fewer|better|worse)\s+(?i:if|than|when|because))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Elliptical();

    [GeneratedRegex(@"^(that|this|with|have|been|were|they|them|their|there|what|when|just|really|very|about|from|would|could|should|into|than|then)$", Options)]
    private static partial Regex Function();

    [GeneratedRegex(@"^(the|a|an|and|but|or|so|of|to|with|without|for|in|on|at|by|from|that|which|his|her|their|your|its|our|is|are|was|were|be|than|not|because|if|when)$", Options)]
    private static partial Regex Dangling();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@",\s+not\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Contrast();

    // "I pass like 3 hours a day": the filler "like" before an amount is not said back.
    [GeneratedRegex(@"\blike\s+(?=\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LikeBeforeANumber();

    // "My plan: freeze hiring, cut two agencies" is a plan, not a list of orders: "my plan is to freeze hiring…".
    [GeneratedRegex(@"^\s*(my|our)\s+(plan|idea|proposal)\s*:\s*(?=[a-z])", Options)]
    private static partial Regex PlanLabel();

    [GeneratedRegex(@"\bi\b")]
    private static partial Regex LoneI();

    // A sentence's first word that is not a name: it is lowered when said back inside a reflection.
    [GeneratedRegex(@"^(the|a|an|my|our|your|his|her|their|its|it|it's|this|that|these|those|there|here|we|we're|we've|they|they're|he|he's|she|she's|you|you're|you've|you'd|you'll|since|yesterday|today|tomorrow|last|next|every|each|all|some|most|right|now|when|after|before|if|because|then|also|only|just|maybe|perhaps|partly|actually|what|how|why|where|which|who|one|two|three|less|more|success|nobody|everyone|half|being|getting|having|not|no|less|being|meeting|shortening|moving|asking|talking)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommonStart();
}

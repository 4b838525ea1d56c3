using System.Text.RegularExpressions;
using BotCompanion.Core.Text;

namespace BotCompanion.Core.Conversation.Reflections;

/// <summary>
/// The part of a sentence worth saying back: fillers dropped ("honestly", "I think"), the clause with the most
/// content when the sentence runs on, in the second person, short enough to hear in one breath.
/// </summary>
internal static partial class KeyPhrase
{
    internal const int MaxWords = 14;

    /// <summary>The key phrase of <paramref name="sentence"/>, or null when it cannot be said back cleanly.</summary>
    public static string? Of(string sentence)
    {
        var text = Whitespace().Replace(sentence, " ").Trim().TrimEnd('.', '!', ';', ':', ',', '…', ' ');

        // Shouted words are said back at a normal volume.
        if (!text.Any(char.IsLower) && text.Count(char.IsLetter) > 3)
        {
            text = LoneI().Replace(text.ToLowerInvariant(), "I");
        }
        if (text.Length == 0 || text.EndsWith('?') || AddressesTheBot().IsMatch(text) || Code().IsMatch(text) || AsksTheBot().IsMatch(text))
        {
            return null;
        }

        var clause = BestClause(Filler().Replace(text, "").Trim());
        if (clause is null)
        {
            return null;
        }

        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var cutShort = words.Length > MaxWords;
        if (cutShort && words[0].Equals("if", StringComparison.OrdinalIgnoreCase) && Array.FindIndex(words, w => w.EndsWith(',')) is var conditionEnd and > 0 and < 12
            && words.Length - conditionEnd - 1 is >= 3 and <= MaxWords)
        {
            // "If Lena gets it wrong with the big accounts, the client goes to the CEO": cut, the condition alone
            // says nothing; the consequence is what they dread.
            words = words[(conditionEnd + 1)..];
            cutShort = false;
        }

        if (cutShort)
        {
            // Cut where a clause ends (after a comma), else before a word that starts a new phrase ("with",
            // "because", "and"), never inside a phrase when either is near.
            var comma = Array.FindLastIndex(words, MaxWords - 1, MaxWords - 5, w => w.EndsWith(','));
            var cut = comma > 3 ? comma + 1 : Array.FindLastIndex(words, MaxWords, MaxWords - 5, w => Joint().IsMatch(w));
            words = words[..(cut > 5 ? cut : MaxWords)];
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

    /// <summary>The clause carrying most content: people often put what matters after "but" or "and".</summary>
    private static string? BestClause(string text)
    {
        var clauses = ClauseBreak().Split(text).Select(c => c.Trim().TrimEnd(',')).Where(c => Sentences.Words(c) >= 3).ToList();
        if (clauses.Count == 0)
        {
            return Sentences.Words(text) >= 3 ? text : null;
        }

        if (Sentences.Words(text) <= MaxWords)
        {
            return text;
        }

        return clauses.OrderByDescending(ContentWords).ThenBy(clauses.IndexOf).First();
    }

    private static int ContentWords(string clause) =>
        clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Length > 3 && !Function().IsMatch(w));

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) && CommonStart().IsMatch(text)
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^((hi|hello|hey|morning|good\s+(morning|afternoon|evening)|honestly|frankly|basically|well|so|and|but|also|ok(ay)?|yeah|yes|no|look|anyway|actually|i\s+mean|to\s+be\s+honest|the\s+thing\s+is|i\s+(think|guess|suppose|feel\s+like|believe)(\s+that)?|i'?d\s+say|that(?=\s+(i|we|the|my|our|it)\b))\b[,\s]*)+", Options)]
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

    [GeneratedRegex(@"^(and|but|so|because|which|that|although|though|while|when|since|with|without|for|in|on|at|to|from|by|about|before|after|if|or)$", Options)]
    private static partial Regex Joint();

    [GeneratedRegex(@"^(that|this|with|have|been|were|they|them|their|there|what|when|just|really|very|about|from|would|could|should|into|than|then)$", Options)]
    private static partial Regex Function();

    [GeneratedRegex(@"^(the|a|an|and|but|or|so|of|to|with|without|for|in|on|at|by|from|that|which|his|her|their|your|its|our|is|are|was|were|be|than|not|because|if|when)$", Options)]
    private static partial Regex Dangling();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\bi\b")]
    private static partial Regex LoneI();

    // A sentence's first word that is not a name: it is lowered when said back inside a reflection.
    [GeneratedRegex(@"^(the|a|an|my|our|your|his|her|their|its|it|it's|this|that|these|those|there|here|we|we're|we've|they|they're|he|he's|she|she's|you|you're|you've|you'd|you'll|since|yesterday|today|tomorrow|last|next|every|each|all|some|most|right|now|when|after|before|if|because|then|also|only|just|maybe|perhaps|partly|actually|what|how|why|where|which|who|one|two|three|less|more|success|nobody|everyone|half|being|getting|having|not|no|less|being|meeting|shortening|moving|asking|talking)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommonStart();
}

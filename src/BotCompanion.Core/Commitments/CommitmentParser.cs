using BotCompanion.Core.Text;

namespace BotCompanion.Core.Commitments;

/// <summary>
/// Reads a commitment in the executive's own words: the action (with "I'll", "I will"… and the date expression taken
/// out, so it reads back after "you'll"), the due date, and an if-then plan when they give one
/// ("if it's Monday 9:00, then I block an hour; if a meeting gets in the way, I'll move it to Tuesday").
/// </summary>
public static partial class CommitmentParser
{
    /// <summary>First-person intent ("I'll", "I will", "I'm going to", "I commit to", "my commitment is") or an if-then plan.</summary>
    public static bool LooksLikeCommitment(string text) =>
        !string.IsNullOrWhiteSpace(text) && !text.TrimEnd().EndsWith('?') && (Intent().IsMatch(text) || IfThen().IsMatch(text));

    /// <summary>An intention too general to check on a date: "try to do better", "work on it", "be more present".</summary>
    public static bool IsVague(string action) => Vague().IsMatch(action.Trim());

    public static CommitmentDraft Parse(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A sentence after the commitment that is neither a plan nor a contingency ("That's the conversation I'm
        // avoiding.") is what they feel about it, not part of the action.
        var sentences = Sentences.Split(text);
        var kept = string.Join(" ", sentences.Where((s, i) => i == 0 || Intent().IsMatch(s) || IfThen().IsMatch(s) || Otherwise().IsMatch(s)));
        var clauses = Clauses().Split(kept);
        var main = clauses[0];
        string? cue = null, then = null, obstacle = null, response = null;
        if (IfThen().Match(main) is { Success: true } plan)
        {
            cue = Tidy(plan.Groups["cue"].Value);
            then = Action(plan.Groups["then"].Value, now, zone);
        }

        foreach (var clause in clauses.Skip(1))
        {
            if (IfThen().Match(clause) is { Success: true } contingency)
            {
                obstacle = Tidy(Happens().Replace(contingency.Groups["cue"].Value, ""));
                response = Action(contingency.Groups["then"].Value, now: null, zone);
            }
        }

        var due = LastDate(text, now, zone);
        var action = then ?? Action(main, now, zone);
        return new CommitmentDraft(action, due?.Due, due?.HasTime ?? false, cue, then, obstacle, response);
    }

    /// <summary>
    /// A plan for when things go otherwise, said on its own after a commitment ("And if he says no I'll send him the
    /// numbers instead"): the cue and the response, or null when the message is not one.
    /// </summary>
    public static (string Cue, string Response)? ParseContingency(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = LeadingConnector().Replace(text.Trim(), "");
        if (IfThen().Match(plain) is not { Success: true } plan)
        {
            return null;
        }

        var cue = Tidy(Happens().Replace(plan.Groups["cue"].Value, ""));
        var response = Action(plan.Groups["then"].Value, now: null, TimeZoneInfo.Utc);
        return cue.Length == 0 || response.Length == 0 ? null : (cue, response);
    }

    /// <summary>The action alone: without intent phrases, the date expression and trailing punctuation.</summary>
    /// <remarks>With no <paramref name="now"/> the date stays: an obstacle response ("move it to Tuesday") needs it.</remarks>
    private static string Action(string text, DateTimeOffset? now, TimeZoneInfo zone)
    {
        var action = text;
        if (now is { } today && LastDate(action, today, zone) is { } due)
        {
            action = action.Remove(due.Start, due.Length);
        }

        action = Intent().Replace(action, "", 1);
        return Tidy(Filler().Replace(action, ""));
    }

    /// <summary>
    /// The last date they name: "I'll tell her on Monday and announce it to the team on Wednesday" is done by Wednesday,
    /// and "on Monday" stays in the action where they put it. A time right after a day ("Wednesday 5pm") is that day's.
    /// </summary>
    private static DueDateMatch? LastDate(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        var last = DueDateParser.Parse(text, now, zone);
        while (last is not null && last.Start + last.Length < text.Length
            && DueDateParser.Parse(text[(last.Start + last.Length)..], now, zone) is { } next
            && Sentences.Words(text.Substring(last.Start + last.Length, next.Start)) >= MinWordsBetweenDates
            && !FromWhen().IsMatch(text[..(next.Start + last.Start + last.Length)]))
        {
            last = next with { Start = next.Start + last.Start + last.Length };
        }

        return last;
    }

    // Two dates this many words apart or more are two steps, each with its own day.
    private const int MinWordsBetweenDates = 3;

    // "starting this week", "from Monday": when it begins, not when it is done.
    [GeneratedRegex(@"\b(starting|from|beginning|after)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromWhen();

    private static string Tidy(string text) =>
        SpaceBeforePunctuation().Replace(Whitespace().Replace(text, " "), "$1").Trim().Trim(',', ';', '.', '!', ' ').Trim();

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^\s*(ok(ay)?,?\s+|so,?\s+|well,?\s+|then,?\s+|and,?\s+|also,?\s+|plus,?\s+)?(i'?ll|i\s+will|i'?m\s+going\s+to|i\s+am\s+going\s+to|i'?m\s+gonna|i\s+commit\s+to|i\s+promise\s+to|i\s+plan\s+to|i\s+intend\s+to|my\s+commitment\s+is\s+(to\s+)?|i\s+want\s+to\s+commit\s+to|i'?d\s+like\s+to\s+commit\s+to|i\s+can\s+commit\s+to|(vale|bueno|entonces|pues|y|también),?\s+(voy\s+a|me\s+comprometo\s+a)|voy\s+a|me\s+comprometo\s+a|prometo|mi\s+compromiso\s+es\s+(de\s+)?|(quiero|puedo)\s+comprometerme\s+a|tengo\s+la\s+intención\s+de)\s*", Options)]
    private static partial Regex Intent();


    [GeneratedRegex(@"^\s*((and|but|or)\s+)?(otherwise|if|when|whenever|unless|failing\s+that)\b", Options)]
    private static partial Regex Otherwise();

    [GeneratedRegex(@"^(try\s+(to\s+)?|really\s+)?((do|be|get)\s+(better|more\s+\w+|less\s+\w+)|try\s+harder|improve(\s+(it|this|that|things))?|work\s+on\s+(it|this|that|myself|things)|think\s+about\s+it|see\s+(what|how)\s+(happens|it\s+goes)|figure\s+it\s+out|sort\s+it\s+out|make\s+it\s+work)\s*[.!]?$", Options)]
    private static partial Regex Vague();

    [GeneratedRegex(@"^\s*(if|when|whenever)\s+(?<cue>[^,]+?)(\s*,\s*(then\s+)?|\s+then\s+|\s+(?=(i'?ll|i\s+will)\b))(?<then>(i'?ll|i\s+will|i\s+)?.+)$", Options)]
    private static partial Regex IfThen();

    // A contingency follows the commitment after ";", ". If…", or ", and if…" / "but when…".
    [GeneratedRegex(@"\s*;\s*|\.\s+(?=(if|when|whenever)\b)|\s*,?\s+(?:and|but)\s+(?=(?:if|when|whenever)\b)", Options)]
    private static partial Regex Clauses();

    [GeneratedRegex(@"^((and|but|also|oh|ok(ay)?|plus|then)\b[,\s]*)+", Options)]
    private static partial Regex LeadingConnector();

    [GeneratedRegex(@"\s+(happens|gets\s+in\s+the\s+way|comes\s+up|gets\s+in\s+my\s+way)\s*$", Options)]
    private static partial Regex Happens();

    [GeneratedRegex(@"^\s*(then\s+)?(i\s+)?", Options)]
    private static partial Regex Filler();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // Taking the date out of "… team by Wednesday 5pm, and …" leaves "team , and".
    [GeneratedRegex(@"\s+([,;.!])")]
    private static partial Regex SpaceBeforePunctuation();
}

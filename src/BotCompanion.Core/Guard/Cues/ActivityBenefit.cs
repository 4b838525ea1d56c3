namespace BotCompanion.Core.Guard.Cues;

/// <summary>
/// Activities or resources put forward by what they could do for the person: "Short walks or a stretch might help",
/// "Gentle routines like a bath before bed could offer some relief", "There are plenty of free apps available for this", or told when to do it: "It can be done whenever you feel tense".
/// </summary>
internal sealed partial class ActivityBenefit() : PatternCue(0.65, Pattern(), statementsOnly: true)
{
    // The activity opens the sentence (after at most a "Maybe" / "Also" / "Sometimes" lead-in and a few describing
    // words), so "It sounds like walks could help" and "You said routines might help" stay reflections.
    [GeneratedRegex(@"^\s*(maybe\s+|perhaps\s+|also,?\s+|and\s+|sometimes,?\s+|often,?\s+|even\s+)?([a-z-]+\s+){0,3}(exercises|activities|techniques|walks|apps|tools|strategies|routines|breaks|programs|programmes|groups|resources|reminders|substitutes|alternatives|hobbies|practices|snacks)\b[^.?!]*?\b(can|could|might|may|tend\s+to|often|usually)\s+(really\s+|also\s+|sometimes\s+|even\s+)?(help|offer|provide|ease|reduce|relieve|calm|give\s+you|make\s+a\s+(big\s+|real\s+)?difference)\b|^\s*(also,?\s+|and\s+)?there\s+are\s+(also\s+)?(many|lots\s+of|plenty\s+of|several|a\s+few|some\s+great|some\s+good|a\s+number\s+of)\s+([a-z-]+\s+){0,2}(apps|tools|programs|programmes|resources|groups|services|courses|classes|videos|websites|techniques|exercises)\s+(available|out\s+there|that|which|you\s+can|to\s+help|designed)|^\s*(and\s+|also,?\s+)?(it|this|these|they)\s+can\s+(also\s+)?be\s+(done|practi[cs]ed|used|tried|repeated)\s+(when|whenever|before|after|anytime|any\s+time|anywhere|once|twice|daily|every|during|at\s+(any|night|bedtime))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

namespace BotCompanion.Core.Guard.Cues;

/// <summary>
/// The speaker's own course of action offered as the answer: "I'd keep Friday afternoons free", "if I were you…",
/// "the way forward is to…", "…is the right call". Often given after permission, and still not framed as theirs to choose.
/// </summary>
internal sealed partial class OfferedView() : PatternCue(0.8, Pattern(), statementsOnly: true)
{
    // "I'd like to ask", "I'd be curious", "I'd love to hear" and "I'd ask you…" are the coach's own moves, not advice.
    [GeneratedRegex(@"(^|[,:;]\s*|\bso\s+)i('d|\s+would)\s+(?!(like|love|be|say|imagine|guess|think|wonder|hate|want|need|invite|welcome|hear|ask\s+(you|what|how|whether|if)|encourage\s+you\s+to\s+(reflect|think|notice)|never|not)\b)(probably\s+|definitely\s+|just\s+|also\s+|first\s+)?[a-z]+\b|\bif\s+i\s+were\s+(you|in\s+your\s+(shoes|position))|\bhere's\s+what\s+i('d|\s+would)\s+do|\bthe\s+(way\s+forward|answer|solution|trick|key|right\s+move|smart\s+move|next\s+step|first\s+step)\b[^.?!]{0,60}?\b(is|would\s+be)\s+to\s+\w+|\bis\s+the\s+(right|smart|best|obvious|sensible)\s+(call|move|choice|step|way\s+to\s+go)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

using BotCompanion.Core.Conversation.Understanding;
using BotCompanion.Core.Prompts;

namespace BotCompanion.Core.Conversation.Moves;

/// <summary>Each move's question set in offline/questions.json and how it is described to a network model.</summary>
public static class CoachingMoves
{
    public static string QuestionSet(this CoachingMove move) => move switch
    {
        CoachingMove.Goal or CoachingMove.Greeting => "goal",
        CoachingMove.Reality => "reality",
        CoachingMove.Feeling => "feeling",
        CoachingMove.Ambivalence => "ambivalence",
        CoachingMove.Options => "options",
        CoachingMove.WhatElse => "what-else",
        CoachingMove.Which => "which",
        CoachingMove.IfThen => "if-then",
        CoachingMove.Will => "will",
        CoachingMove.Takeaway => "takeaway",
        CoachingMove.Boundary => "advice-request",
        _ => "fallback",
    };

    /// <summary>
    /// The move's question set for what was felt: "I feel lighter" is not explored like "I feel humiliated"; a good
    /// feeling gets the pack's questions about what made it, when the pack has them.
    /// </summary>
    public static string QuestionSet(this CoachingMove move, Feeling? feeling, QuestionBank questions) =>
        move == CoachingMove.Feeling && feeling is not null && FeelingCues.IsGood(feeling) && questions.For(GoodFeelingSet).Count > 0
            ? GoodFeelingSet
            : move.QuestionSet();

    private const string GoodFeelingSet = "feeling-good";

    /// <summary>The instruction a network model gets for the move, so it follows the person as the offline coach does.</summary>
    public static string Instruction(this CoachingMove move) => move switch
    {
        CoachingMove.Goal => "Ask what they want from this conversation.",
        CoachingMove.Greeting => "Greet them briefly and ask what they would like to think about.",
        CoachingMove.Reality => "Explore what is happening now.",
        CoachingMove.Feeling => "Acknowledge the feeling they expressed by name, then ask about their experience of it. Do not move to options or next steps yet.",
        CoachingMove.Ambivalence => "Reflect both sides of what they are torn between (part of you…, and part of you…), then ask about what makes each side matter.",
        CoachingMove.Options => "Ask what options they can see. Offer none of your own.",
        CoachingMove.WhatElse => "They have named an option: reflect it and ask what else they could do.",
        CoachingMove.Which => "They have named several options: ask which of them they would choose, and what draws them to it.",
        CoachingMove.IfThen => "They raised a what-if or an obstacle: ask what they would do if that happens.",
        CoachingMove.Will => "They have chosen: ask what they will do and by when.",
        CoachingMove.Takeaway => "They are closing: ask one question about what they take away. Nothing else.",
        CoachingMove.Boundary => "They asked for direction: acknowledge it, say you coach rather than advise, mention /mentor, ask one open question about their own view.",
        CoachingMove.AboutMe => "They asked about you: answer in one sentence (an AI coaching companion that asks questions), then ask what they would like to think about.",
        _ => "Ask one open question that follows from what they just said.",
    };
}

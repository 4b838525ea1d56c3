namespace BotCompanion.Core.Conversation.Moves;

/// <summary>What the next coaching reply does, chosen from what the message did and what the session holds.</summary>
public enum CoachingMove
{
    Goal,
    Reality,
    Feeling,
    Ambivalence,
    Options,
    WhatElse,
    Which,
    IfThen,
    Will,
    Takeaway,
    Boundary,
    AboutMe,
    Greeting,
    Continue,
}

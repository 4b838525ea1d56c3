namespace BotCompanion.Core.Conversation.Understanding;

/// <summary>What an executive's message does, named as in the labelled development set (tests/data/messages).</summary>
public enum MessageAct
{
    Greeting,
    Goal,
    SuccessCriterion,
    Situation,
    Feeling,
    Belief,
    Fear,
    Value,
    Option,
    Choice,
    Commitment,
    Contingency,
    Obstacle,
    WhatIf,
    QuestionToBot,
    RequestForDirection,
    Closing,
    Thanks,
    OffTopic,
}

using BotCompanion.Core.Conversation.Moves;

namespace BotCompanion.Core.Tests.Conversation.Moves;

public class MoveChooserTests
{
    private const string Fear = "There's a fear that if something goes wrong it lands on you.";

    private static ConversationTrack Exploring() => new() { LastMove = nameof(CoachingMove.Reality) };

    [Theory]
    [InlineData(CoachingMove.Feeling)]
    [InlineData(CoachingMove.Ambivalence)]
    [InlineData(CoachingMove.Reality)]
    [InlineData(CoachingMove.Options)]
    public void AFullComplexReflection_WhileTheyExplore_IsLeftWithThem(CoachingMove move) =>
        Assert.True(MoveChooser.JustReflect(move, Fear, statesAGoal: false, Exploring()));

    [Theory]
    [InlineData(CoachingMove.Which)]
    [InlineData(CoachingMove.Will)]
    [InlineData(CoachingMove.IfThen)]
    [InlineData(CoachingMove.WhatElse)]
    [InlineData(CoachingMove.Goal)]
    public void AMoveThatAsksThemToChooseOrCommit_AlwaysAsks(CoachingMove move) =>
        Assert.False(MoveChooser.JustReflect(move, Fear, statesAGoal: false, Exploring()));

    [Fact]
    public void ASimpleReflection_AlwaysComesWithAQuestion() =>
        Assert.False(MoveChooser.JustReflect(CoachingMove.Reality, null, statesAGoal: false, Exploring()));

    [Fact]
    public void AStatedGoal_AlwaysGetsItsQuestion() =>
        Assert.False(MoveChooser.JustReflect(CoachingMove.Reality, Fear, statesAGoal: true, Exploring()));

    [Fact]
    public void TheFirstReplyOfASession_Asks() =>
        Assert.False(MoveChooser.JustReflect(CoachingMove.Feeling, Fear, statesAGoal: false, new ConversationTrack()));

    [Fact]
    public void AReflectionAlone_IsNeverFollowedByAnother()
    {
        var track = Exploring();

        var first = MoveChooser.JustReflect(CoachingMove.Feeling, Fear, statesAGoal: false, track);
        var second = MoveChooser.JustReflect(CoachingMove.Feeling, Fear, statesAGoal: false, track);
        var third = MoveChooser.JustReflect(CoachingMove.Feeling, Fear, statesAGoal: false, track);

        Assert.Equal([true, false, true], [first, second, third]);
    }
}

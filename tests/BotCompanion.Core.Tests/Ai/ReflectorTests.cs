using BotCompanion.Core.Text;

namespace BotCompanion.Core.Tests.Ai;

public class ReflectorTests
{
    [Theory]
    [InlineData("I am worried my team doesn't trust me.", "you are worried your team doesn't trust you")]
    [InlineData("My boss keeps changing the priorities on me.", "your boss keeps changing the priorities on you")]
    [InlineData("I've tried everything I can think of.", "you've tried everything you can think of")]
    [InlineData("I'd like you to check in with me on Friday.", "you'd like me to check in with you on Friday")]
    [InlineData("Or I could ask the COO to join us.", "you could ask the COO to join you")]
    public void Reflect_SwapsPersonAndKeepsTheirWords(string said, string expected)
    {
        var reflection = Reflector.Reflect(said, 0);

        Assert.Contains(expected, reflection, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("What do you mean?")]
    [InlineData("")]
    public void Reflect_NothingToReflect_ReturnsNull(string said)
    {
        Assert.Null(Reflector.Reflect(said, 0));
    }

    [Fact]
    public void Reflect_LongText_IsShortened()
    {
        var reflection = Reflector.Reflect(string.Join(' ', Enumerable.Repeat("word", 60)), 0)!;

        Assert.True(reflection.Split(' ').Length <= 25);
    }
}

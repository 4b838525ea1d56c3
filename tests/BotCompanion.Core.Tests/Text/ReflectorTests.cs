using BotCompanion.Core.Text;

namespace BotCompanion.Core.Tests.Text;

public class ReflectorTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ReflectedObligation_IsNotReadAsDirection_WhateverTheOpener(int variant)
    {
        var reflection = Reflector.Reflect("We have to cut ten percent of spend without losing our best people.", variant);

        Assert.NotNull(reflection);
        Assert.Contains("you have to cut ten percent of spend without losing your best people", reflection, StringComparison.Ordinal);
        Assert.False(new DirectivenessGuard().Score(reflection).IsAdvice, reflection);
    }
}

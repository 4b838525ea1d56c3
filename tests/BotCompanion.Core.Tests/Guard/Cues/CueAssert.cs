namespace BotCompanion.Core.Tests.Guard.Cues;

/// <summary>The two checks every cue's tests make: a sentence of the text matches the cue and the guard calls it advice, or the guard does not.</summary>
internal static class CueAssert
{
    public static void MatchesAndIsAdvice(ICue cue, string text)
    {
        var sentences = DirectivenessGuard.Sentences(text).ToList();

        Assert.Contains(sentences, s => cue.Matches(s));
        Assert.True(new DirectivenessGuard().Score(text).IsAdvice, text);
    }

    public static void IsNotAdvice(string text) => Assert.False(new DirectivenessGuard().Score(text).IsAdvice, text);
}

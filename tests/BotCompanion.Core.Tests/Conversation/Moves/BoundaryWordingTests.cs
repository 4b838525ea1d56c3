using BotCompanion.Core.Conversation.Moves;
using BotCompanion.Core.Text;

namespace BotCompanion.Core.Tests.Conversation.Moves;

public class BoundaryWordingTests
{
    private static readonly PhraseBank Phrases = PromptPackLoader.Load(Path.Combine(RepoPaths.Prompts, "default")).Phrases;

    [Fact]
    public void TheFirstBoundaryOfASession_UsesTheFullWording_AndLaterOnesTheShortOne()
    {
        var track = new ConversationTrack();

        var first = BoundaryWording.For(Phrases, track);
        var second = BoundaryWording.For(Phrases, track);

        Assert.Contains(Phrases.For(PhraseSets.Boundary), b => first.Contains(b, StringComparison.Ordinal));
        Assert.Contains(Phrases.For(PhraseSets.BoundaryAgain), b => second.Contains(b, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryBoundary_AcknowledgesTheRequestAndOffersMentorMode_InWordsNotRepeatedFromTheLastOne()
    {
        var track = new ConversationTrack();

        var wordings = Enumerable.Range(0, 4).Select(_ => BoundaryWording.For(Phrases, track)).ToList();

        Assert.All(wordings, w => Assert.Contains("/mentor", w, StringComparison.Ordinal));
        Assert.All(wordings, w => Assert.Contains(Phrases.For(PhraseSets.AcknowledgeRequest), a => w.StartsWith(a, StringComparison.Ordinal)));
        Assert.All(wordings.Zip(wordings.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Fact]
    public void ARepeatedBoundary_IsTheAcknowledgementAndOneShortSentence_WithoutTheFullOfferAgain()
    {
        var track = new ConversationTrack();
        _ = BoundaryWording.For(Phrases, track);

        var again = BoundaryWording.For(Phrases, track);

        Assert.DoesNotContain(Phrases.For(PhraseSets.MentorOffer), o => again.Contains(o, StringComparison.Ordinal));
        Assert.Equal(2, Sentences.Split(again).Count);
    }
}

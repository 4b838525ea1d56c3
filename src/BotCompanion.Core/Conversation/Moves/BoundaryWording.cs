using BotCompanion.Core.Prompts;
using BotCompanion.Core.State;

namespace BotCompanion.Core.Conversation.Moves;

/// <summary>
/// How a request for direction is answered before the question: the request acknowledged, the boundary (the short
/// wording after the first time in a session) and the mentor offer, each taken in turn from the pack's wordings.
/// </summary>
internal static class BoundaryWording
{
    public static string For(PhraseBank phrases, ConversationTrack track)
    {
        var n = track.BoundaryStated++;
        var boundary = phrases.Pick(n == 0 ? PhraseSets.Boundary : PhraseSets.BoundaryAgain, n);
        return $"{phrases.Pick(PhraseSets.AcknowledgeRequest, n)} {boundary} {phrases.Pick(PhraseSets.MentorOffer, n)}";
    }
}

using BotCompanion.Core.Prompts;
using BotCompanion.Core.State;

namespace BotCompanion.Core.Conversation.Moves;

/// <summary>
/// How a request for direction is answered before the question: the request acknowledged, the boundary and the mentor
/// offer, each taken in turn from the pack's wordings. After the first time in a session the boundary is one short
/// sentence that names /mentor itself: the whole explanation again would lecture.
/// </summary>
internal static class BoundaryWording
{
    public static string For(PhraseBank phrases, ConversationTrack track)
    {
        var n = track.BoundaryStated++;
        var acknowledged = phrases.Pick(PhraseSets.AcknowledgeRequest, n);
        return n == 0
            ? $"{acknowledged} {phrases.Pick(PhraseSets.Boundary, n)} {phrases.Pick(PhraseSets.MentorOffer, n)}"
            : $"{acknowledged} {phrases.Pick(PhraseSets.BoundaryAgain, n)}";
    }
}

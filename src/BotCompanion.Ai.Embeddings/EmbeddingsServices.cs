namespace BotCompanion.Ai.Embeddings;

internal static class EmbeddingsServices
{
    public static IDirectivenessGuard CreateCombinedGuard(out GuardHead head)
    {
        head = GuardHead.LoadEmbedded().Head;
        return new DirectivenessGuard(new MiniLmAdviceClassifier(head));
    }
}

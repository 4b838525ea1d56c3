namespace BotCompanion.Ai;

/// <summary>Which model answers. Offline needs nothing; the others need an endpoint or key.</summary>
public enum AiProvider
{
    /// <summary>The deterministic offline coach: no network, no keys.</summary>
    Offline,

    /// <summary>OpenAI, or any OpenAI-compatible server (Ollama, vLLM, LM Studio) given by <c>Ai:Endpoint</c>.</summary>
    OpenAI,

    /// <summary>An Azure OpenAI deployment, with an API key or a managed identity.</summary>
    AzureOpenAI,
}

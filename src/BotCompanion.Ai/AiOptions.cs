using System.ComponentModel.DataAnnotations;

namespace BotCompanion.Ai;

/// <summary>The model behind the coach. Section "Ai"; prompts always come from the active prompt pack.</summary>
public sealed class AiOptions
{
    public const string SectionName = "Ai";

    /// <summary>Offline (default), OpenAI or AzureOpenAI. Set Ai:Provider.</summary>
    public AiProvider Provider { get; set; } = AiProvider.Offline;

    /// <summary>OpenAI model id, e.g. gpt-4o-mini, or the model name an OpenAI-compatible server knows. Set Ai:Model.</summary>
    public string? Model { get; set; }

    /// <summary>Azure OpenAI deployment name. Set Ai:Deployment.</summary>
    public string? Deployment { get; set; }

    /// <summary>
    /// Base address: required for Azure OpenAI; for OpenAI, an OpenAI-compatible server, up to and including its
    /// version segment (chat goes to {endpoint}/chat/completions), e.g. http://localhost:11434/v1 for Ollama. Set Ai:Endpoint.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>API key (a secret: user-secrets or BOTCOMPANION_Ai__ApiKey, never a file in git). Set Ai:ApiKey.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Azure OpenAI with a managed identity instead of a key. Set Ai:UseManagedIdentity.</summary>
    public bool UseManagedIdentity { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty = system-assigned. Set Ai:ManagedIdentityClientId.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Azure OpenAI API version; empty = the connector's default. Set Ai:ApiVersion.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>Longest wait for one model call attempt. Set Ai:Timeout.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00", ErrorMessage = "Ai:Timeout must be between 50 ms and 10 minutes.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries after a 429 or 5xx answer (honouring Retry-After). Set Ai:MaxRetries.</summary>
    [Range(0, 5, ErrorMessage = "Ai:MaxRetries must be between 0 and 5.")]
    public int MaxRetries { get; set; } = 2;

    /// <summary>First retry delay when the server gives no Retry-After; doubles with jitter. Set Ai:RetryBaseDelay.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Ai:RetryBaseDelay must be between 0 and 1 minute.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest Retry-After honoured; a longer one fails over to the offline coach at once. Set Ai:MaxRetryAfter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ErrorMessage = "Ai:MaxRetryAfter must be between 0 and 5 minutes.")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>"http://host/v1" and "http://host/v1/" mean the same base; relative paths need the slash.</summary>
    internal static Uri WithTrailingSlash(Uri endpoint) =>
        endpoint.AbsoluteUri.EndsWith('/') ? endpoint : new Uri(endpoint.AbsoluteUri + "/");
}

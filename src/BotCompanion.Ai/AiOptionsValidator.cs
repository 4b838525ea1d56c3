namespace BotCompanion.Ai;

/// <summary>What each provider needs, with the key to set named in the message.</summary>
internal sealed class AiOptionsValidator : IValidateOptions<AiOptions>
{
    public ValidateOptionsResult Validate(string? name, AiOptions options)
    {
        var failures = new List<string>();
        switch (options.Provider)
        {
            case AiProvider.OpenAI:
                if (string.IsNullOrWhiteSpace(options.Model))
                {
                    failures.Add("Ai:Model is required when Ai:Provider is OpenAI (e.g. gpt-4o-mini, or the model name your OpenAI-compatible server serves).");
                }

                if (options.Endpoint is null && string.IsNullOrWhiteSpace(options.ApiKey))
                {
                    failures.Add("Ai:ApiKey is required when Ai:Provider is OpenAI without Ai:Endpoint (set it with user-secrets or BOTCOMPANION_Ai__ApiKey).");
                }

                break;
            case AiProvider.AzureOpenAI:
                if (options.Endpoint is null)
                {
                    failures.Add("Ai:Endpoint is required when Ai:Provider is AzureOpenAI (e.g. https://my-resource.openai.azure.com/).");
                }

                if (string.IsNullOrWhiteSpace(options.Deployment))
                {
                    failures.Add("Ai:Deployment is required when Ai:Provider is AzureOpenAI.");
                }

                if (!options.UseManagedIdentity && string.IsNullOrWhiteSpace(options.ApiKey))
                {
                    failures.Add("Ai:ApiKey is required when Ai:Provider is AzureOpenAI, unless Ai:UseManagedIdentity is true.");
                }

                break;
        }

        if (options.Endpoint is { } endpoint && (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp)))
        {
            failures.Add("Ai:Endpoint must be an absolute http or https address.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

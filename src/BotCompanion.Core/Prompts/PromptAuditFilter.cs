using Microsoft.SemanticKernel;

namespace BotCompanion.Core.Prompts;

/// <summary>
/// After each prompt is rendered: counts its tokens into the turn's kernel data (for the bounded-context guarantee
/// and the eval figures) and logs the function name. The rendered prompt itself is logged only at Trace.
/// </summary>
public sealed partial class PromptAuditFilter(PromptTokenCounter counter, ILogger<PromptAuditFilter> logger) : IPromptRenderFilter
{
    public const string TokensKey = "botcompanion.promptTokens";
    public const string CallsKey = "botcompanion.modelCalls";

    public async Task OnPromptRenderAsync(PromptRenderContext context, Func<PromptRenderContext, Task> next)
    {
        await next(context);
        var tokens = counter.Count(context.RenderedPrompt ?? "");
        var data = context.Kernel.Data;
        data[TokensKey] = (data.TryGetValue(TokensKey, out var soFar) && soFar is int previous ? previous : 0) + tokens;
        data[CallsKey] = (data.TryGetValue(CallsKey, out var calls) && calls is int made ? made : 0) + 1;
        Log.Rendered(logger, context.Function.Name, tokens);
        if (logger.IsEnabled(LogLevel.Trace))
        {
            Log.RenderedText(logger, context.Function.Name, context.RenderedPrompt ?? "");
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1110, LogLevel.Debug, "Rendered prompt {Function}: {Tokens} tokens", EventName = "PromptRendered")]
        public static partial void Rendered(ILogger logger, string function, int tokens);

        [LoggerMessage(1111, LogLevel.Trace, "Rendered prompt {Function}: {Prompt}", EventName = "PromptRenderedText")]
        public static partial void RenderedText(ILogger logger, string function, string prompt);
    }
}

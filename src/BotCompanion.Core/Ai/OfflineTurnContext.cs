using BotCompanion.Core.Prompts;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace BotCompanion.Core.Ai;

/// <summary>
/// What the offline coach needs to answer deterministically, handed over in <see cref="Kernel.Data"/> of the kernel
/// the engine invokes the pack's prompt with. Network models ignore it and read the rendered prompt instead.
/// </summary>
public sealed class OfflineTurnContext
{
    public const string DataKey = "botcompanion.offline";

    public required OfflineRequest Request { get; init; }

    public required PromptPack Pack { get; init; }

    /// <summary>The question set to draw from (a GROW stage, "advice-request", …).</summary>
    public string QuestionSet { get; init; } = "fallback";

    public IReadOnlyList<string> AskedQuestionIds { get; init; } = [];

    /// <summary>Questions asked so far in the session, repeats included: rotates the reflection's opener.</summary>
    public int QuestionsAsked { get; init; }

    public string UserText { get; init; } = "";

    /// <summary>Leave out the reflection (e.g. after the guard rejected a draft, or when the text is not reflectable).</summary>
    public bool SkipReflection { get; init; }

    /// <summary>The reflection chosen for this message (its key phrase, or the feeling, fear, value or two sides it names).</summary>
    public string? Reflection { get; init; }

    /// <summary>Text to put in front of the question, e.g. the advice-request explanation.</summary>
    public string? Preface { get; init; }

    /// <summary>Placeholder values for the question text, e.g. {commitment}.</summary>
    public IReadOnlyDictionary<string, string> QuestionValues { get; init; } = new Dictionary<string, string>();

    /// <summary>Set by the offline coach: the bank question it asked.</summary>
    public string? ChosenQuestionId { get; set; }

    /// <summary>For a rehearsal: the counterpart's line, already chosen from the pack, that the offline coach says.</summary>
    public string? Scripted { get; init; }

    /// <summary>For summaries: the structured parts the narrative is written from.</summary>
    public SummaryParts? Summary { get; init; }

    /// <summary>The context <see cref="ChatClientCompletionService"/> copied from the kernel into the chat options.</summary>
    public static OfflineTurnContext? From(ChatOptions? options) =>
        options?.AdditionalProperties is { } properties && properties.TryGetValue(DataKey, out var value) ? value as OfflineTurnContext : null;

    public static OfflineTurnContext? From(Kernel? kernel) =>
        kernel is not null && kernel.Data.TryGetValue(DataKey, out var value) ? value as OfflineTurnContext : null;
}

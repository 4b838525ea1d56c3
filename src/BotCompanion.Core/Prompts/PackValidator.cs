using BotCompanion.Core.Guard;
using Microsoft.SemanticKernel;

namespace BotCompanion.Core.Prompts;

/// <summary>
/// The checks beyond loading: template variables declared and used (both ways, with descriptions), every template
/// renders with sample data, and every question in the bank passes the directiveness guard.
/// </summary>
public sealed partial class PackValidator(IDirectivenessGuard guard)
{
    public async Task<IReadOnlyList<string>> ValidateAsync(PromptPack pack, CancellationToken cancellationToken)
    {
        var problems = new List<string>(PackThresholdRules.Check(pack.Manifest));
        problems.AddRange(await ValidateTextsAsync(pack, "", cancellationToken));
        foreach (var (language, translated) in pack.Translations.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            // Every language the pack declares passes the same checks, its problems named by its folder (es/…).
            problems.AddRange(await ValidateTextsAsync(translated, language + "/", cancellationToken));
        }

        return problems;
    }

    private async Task<IReadOnlyList<string>> ValidateTextsAsync(PromptPack pack, string prefix, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var kernel = new Kernel();
        foreach (var (name, config) in pack.Templates)
        {
            var folder = prefix + name.Replace('.', '/');
            var declared = config.InputVariables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
            var used = Variable().Matches(config.Template).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(used.Except(declared).Select(v => $"{folder}: template uses {{{{${v}}}}} but config.json does not declare it in input_variables"));
            problems.AddRange(declared.Except(used).Select(v => $"{folder}: config.json declares '{v}' but the template never uses it"));
            problems.AddRange(config.InputVariables.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{folder}: input variable '{v.Name}' needs a description"));
            try
            {
                var arguments = new KernelArguments();
                foreach (var variable in declared)
                {
                    arguments[variable] = $"sample {variable}";
                }

                var rendered = await new KernelPromptTemplateFactory().Create(config).RenderAsync(kernel, arguments, cancellationToken);
                if (string.IsNullOrWhiteSpace(rendered))
                {
                    problems.Add($"{folder}: the template renders to nothing");
                }
            }
            catch (KernelException ex)
            {
                problems.Add($"{folder}: the template does not render: {ex.Message}");
            }
        }

        foreach (var (set, questions) in pack.Questions.Sets)
        {
            foreach (var question in questions)
            {
                if (guard.Score(question.Text).IsAdvice)
                {
                    problems.Add($"{prefix}offline/questions.json: '{question.Id}' in '{set}' reads as advice to the directiveness guard: \"{question.Text}\"");
                }

                if (!question.Text.Contains('?', StringComparison.Ordinal))
                {
                    problems.Add($"{prefix}offline/questions.json: '{question.Id}' in '{set}' is not a question");
                }
            }
        }

        foreach (var (set, phrases) in pack.Phrases.Sets)
        {
            // The boundary, the mentor offer and every opener are coaching-mode text: none may read as advice.
            foreach (var phrase in phrases.Where(p => guard.Score(Sample(p, pack.Language)).IsAdvice))
            {
                problems.Add($"{prefix}offline/phrases.json: a phrase in '{set}' reads as advice to the directiveness guard: \"{phrase}\"");
            }
        }

        return problems;
    }

    // A placeholder is filled with words in the phrase's own language, so the guard reads a sentence it would meet.
    private static string Sample(string phrase, string language) =>
        Placeholder().Replace(phrase, language == "es" ? "el equipo necesita más tiempo" : "the team needs more time");

    [GeneratedRegex(@"\{[a-z0-9]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{\{\s*\$([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")]
    private static partial Regex Variable();
}

using System.Text.RegularExpressions;
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
        var kernel = new Kernel();
        foreach (var (name, config) in pack.Templates)
        {
            var folder = name.Replace('.', '/');
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
                    problems.Add($"offline/questions.json: '{question.Id}' in '{set}' reads as advice to the directiveness guard: \"{question.Text}\"");
                }

                if (!question.Text.Contains('?', StringComparison.Ordinal))
                {
                    problems.Add($"offline/questions.json: '{question.Id}' in '{set}' is not a question");
                }
            }
        }

        foreach (var (set, phrases) in pack.Phrases.Sets)
        {
            // The boundary, the mentor offer and every opener are coaching-mode text: none may read as advice.
            foreach (var phrase in phrases.Where(p => guard.Score(Sample(p)).IsAdvice))
            {
                problems.Add($"offline/phrases.json: a phrase in '{set}' reads as advice to the directiveness guard: \"{phrase}\"");
            }
        }

        return problems;
    }

    private static string Sample(string phrase) => Placeholder().Replace(phrase, "the team needs more time");

    [GeneratedRegex(@"\{[a-z0-9]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{\{\s*\$([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")]
    private static partial Regex Variable();
}

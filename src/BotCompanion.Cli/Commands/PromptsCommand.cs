using BotCompanion.Core.Prompts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BotCompanion.Cli.Commands;

/// <summary><c>prompts validate [PACK]</c>: everything the bot checks before using a pack, with a precise message per problem.</summary>
internal static class PromptsCommand
{
    public static Command Create()
    {
        var pack = new Argument<string?>("pack") { Description = "Pack folder name (default: Prompts:Pack) or a path to a pack folder.", Arity = ArgumentArity.ZeroOrOne };
        var validate = new Command("validate", "Check a prompt pack: manifest, functions, template variables, rendering, question bank, safety text.") { pack };
        validate.SetAction(async (parse, cancellationToken) =>
            await ValidateAsync(parse.GetValue(pack), Console.Out, Console.Error, cancellationToken));
        return new Command("prompts", "Prompt-pack tools for admins.") { validate, EvalCommand.Create(), DiffCommand.Create() };
    }

    internal static async Task<int> ValidateAsync(string? pack, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var directory = ResolvePackDirectory(pack);
        try
        {
            var loaded = PromptPackLoader.Load(directory);
            // The guard the bot would judge the pack with (rules and, when configured, the learned scorer), so a pack
            // that passes here never fails at the bot's start-up.
            var services = EvalPipelines.Create(directory, TimeProvider.System);
            IReadOnlyList<string> problems;
            try
            {
                problems = await new PackValidator(services.GetRequiredService<IDirectivenessGuard>()).ValidateAsync(loaded, cancellationToken);
            }
            finally
            {
                (services as IDisposable)?.Dispose();
            }

            if (problems.Count > 0)
            {
                await error.WriteLineAsync($"prompt pack '{directory}' is invalid:");
                foreach (var problem in problems)
                {
                    await error.WriteLineAsync($"  - {problem}");
                }

                return 1;
            }

            await output.WriteLineAsync($"ok: {loaded.Reference} ({directory})");
            return 0;
        }
        catch (PackLoadException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    internal static string ResolvePackDirectory(string? pack)
    {
        if (pack is not null && (pack.Contains('/', StringComparison.Ordinal) || pack.Contains('\\', StringComparison.Ordinal) || Directory.Exists(pack)))
        {
            return Path.GetFullPath(pack);
        }

        var settings = new PromptsOptions();
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables("BOTCOMPANION_")
            .Build()
            .GetSection(PromptsOptions.SectionName)
            .Bind(settings);
        return Path.Combine(Options.Create(settings).Value.ResolvePath(), pack ?? settings.Pack);
    }
}

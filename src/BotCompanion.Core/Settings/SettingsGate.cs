using Microsoft.Extensions.DependencyInjection;

namespace BotCompanion.Core.Settings;

/// <summary>
/// What the host and the CLI do with settings problems at start-up: run every options validator (ValidateOnStart)
/// and collect its failures as lines, and write the lines of either check, one per problem, instead of a stack trace.
/// </summary>
public static class SettingsGate
{
    /// <summary>Exit code of a process stopped by bad settings.</summary>
    public const int ExitCode = 2;

    /// <summary>One line per failure of the validators registered with ValidateOnStart; empty when all pass.</summary>
    public static IReadOnlyList<string> OptionsProblems(IServiceProvider services)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            return [];
        }
        catch (Exception e) when (SettingsFailures.Describe(e) is not null)
        {
            return SettingsFailures.Describe(e)!;
        }
    }

    /// <summary>Throws <see cref="SettingsRejectedException"/> when there is any problem.</summary>
    public static void ThrowIfAny(IReadOnlyList<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new SettingsRejectedException(problems);
        }
    }

    /// <summary>
    /// In a process of its own, a <see cref="SettingsRejectedException"/> nobody catches ends the process with
    /// <see cref="ExitCode"/> after its lines, before the runtime would print a stack trace. A test host that runs
    /// the entry point catches the exception itself, so it sees the exception instead.
    /// </summary>
    public static void ExitOnRejectedSettings(TextWriter error) =>
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            if (e.ExceptionObject is SettingsRejectedException rejected)
            {
                Passes(rejected.Problems, error);
                error.Flush();
                Environment.Exit(ExitCode);
            }
        };

    /// <summary>True when there is nothing to report; otherwise writes each problem on its own line and returns false.</summary>
    public static bool Passes(IReadOnlyList<string> problems, TextWriter error)
    {
        foreach (var problem in problems)
        {
            error.WriteLine(problem);
        }

        return problems.Count == 0;
    }
}

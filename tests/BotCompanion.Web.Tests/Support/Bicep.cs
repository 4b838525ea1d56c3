using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace BotCompanion.Web.Tests.Support;

/// <summary>The bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package (tools/bicep), run on a template.</summary>
public static partial class Bicep
{
    public static string Executable
    {
        get
        {
            var folder = typeof(Bicep).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == "BicepPackageFolder")?.Value;
            var path = Path.Combine(folder ?? "", "tools", "bicep");
            return File.Exists(path)
                ? path
                : throw new InvalidOperationException($"the bicep binary is not at '{path}': restore tests/BotCompanion.Web.Tests (package Azure.Bicep.CommandLine.linux-x64)");
        }
    }

    /// <summary>Runs `bicep &lt;arguments&gt;` and returns its exit code, its output and the diagnostics it printed.</summary>
    public static async Task<BicepRun> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["BICEP_TRACING_ENABLED"] = "false";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var text = await output + await error;
        var diagnostics = Diagnostic().Matches(text).Select(m => new BicepDiagnostic(m.Groups["level"].Value, m.Groups["code"].Value, m.Value)).ToList();
        return new BicepRun(process.ExitCode, await output, diagnostics);
    }

    // e.g. "/x/main.bicep(1,7) : Warning no-unused-params: Parameter "unused" is declared but never used."
    [GeneratedRegex(@"^.*\(\d+,\d+\) : (?<level>Error|Warning|Info) (?<code>[\w-]+): .*$", RegexOptions.Multiline)]
    private static partial Regex Diagnostic();
}

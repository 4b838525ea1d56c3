using System.Diagnostics;

namespace BotCompanion.TestKit;

/// <summary>
/// A built app run as its own process, `dotnet APP.dll ARGS`, configured by the given environment alone (nothing
/// inherited from the test process), with empty standard input; waits for it to exit.
/// </summary>
public static class DotnetRun
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        /// <summary>Standard error one line an entry, trimmed, blank lines left out.</summary>
        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        /// <summary>A run refused for its settings: no stack trace, no exception name, and <paramref name="secret"/> printed nowhere.</summary>
        public void AssertNoTraceNor(string secret)
        {
            Assert.DoesNotContain("   at ", Error, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", Error, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, Error + Output, StringComparison.Ordinal);
        }
    }

    public static async Task<Result> RunAsync(string folder, string dll, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path.Combine(folder, dll));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
        start.Environment["HOME"] = Path.GetTempPath();
        start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(Environment.ProcessPath) ?? "/usr/share/dotnet";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{dll} did not exit within {timeout}:\n{await output}\n{await error}");
        }

        return new Result(process.ExitCode, await output, await error);
    }
}

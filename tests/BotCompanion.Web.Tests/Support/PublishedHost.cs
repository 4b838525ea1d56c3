using System.Diagnostics;
using System.Net.Sockets;

namespace BotCompanion.Web.Tests.Support;

/// <summary>
/// The built host run as its container runs it: `dotnet BotCompanion.Web.dll` in a separate process, from a read-only
/// copy of the output (the image's /app), as an unprivileged user when the tests run as root, configured by
/// environment variables alone (nothing inherited from the test process).
/// </summary>
public sealed class PublishedHost : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;
    private readonly StringWriter _output = new();

    private PublishedHost(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
        Address = new Uri($"http://127.0.0.1:{port}");
    }

    public int Port { get; }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static PublishedHost Start(IReadOnlyDictionary<string, string> environment)
    {
        var folder = Directory.CreateTempSubdirectory("botcompanion-app-").FullName;
        var app = Path.Combine(folder, "app");
        var home = Directory.CreateDirectory(Path.Combine(folder, "home")).FullName;
        CopyReadOnly(BuiltHostFolder(), app);
        MakeReadOnly(home);
        MakeReadOnly(folder);
        var port = Ports.Unused();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = app, RedirectStandardOutput = true, RedirectStandardError = true };
        if (Environment.IsPrivilegedProcess && File.Exists("/usr/bin/setpriv"))
        {
            // The image's USER is a non-root uid; nobody (65534) can read the copy but write none of it.
            start.FileName = "/usr/bin/setpriv";
            foreach (var argument in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet" })
            {
                start.ArgumentList.Add(argument);
            }
        }

        start.ArgumentList.Add("BotCompanion.Web.dll");
        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
        start.Environment["HOME"] = home;
        start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(Environment.ProcessPath) ?? "/usr/share/dotnet";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var host = new PublishedHost(process, folder, port);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits until the port accepts connections (or the process dies), at most <paramref name="timeout"/>.</summary>
    public async Task WaitListeningAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (!cts.IsCancellationRequested)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the host exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port, cts.Token);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100, cts.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        throw new TimeoutException($"the host did not listen on {Port} within {timeout}:\n{Output}");
    }

    /// <summary>Ends the process with SIGKILL, as an OOM kill or a node failure would: nothing runs after it.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        MakeWritable(_folder);
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>src/BotCompanion.Web/bin/&lt;configuration&gt;/&lt;tfm&gt;/, the same configuration as these tests.</summary>
    internal static string BuiltHostFolder()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var folder = RepoPaths.Of("src", "BotCompanion.Web", "bin", testOutput.Parent!.Name, testOutput.Name);
        return File.Exists(Path.Combine(folder, "BotCompanion.Web.dll"))
            ? folder
            : throw new InvalidOperationException($"build src/BotCompanion.Web first: {folder} has no BotCompanion.Web.dll");
    }

    private static void CopyReadOnly(string from, string to)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("the container runs on Linux; so does this test");
        }

        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            File.Copy(file, target);
            File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        foreach (var directory in Directory.EnumerateDirectories(to, "*", SearchOption.AllDirectories).Append(to))
        {
            File.SetUnixFileMode(directory, ReadOnlyFolder);
        }
    }

    private static void MakeReadOnly(string directory)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(directory, ReadOnlyFolder);
        }
    }

    private static void MakeWritable(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var directory in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).Append(folder))
        {
            File.SetUnixFileMode(directory, ReadOnlyFolder | UnixFileMode.UserWrite);
        }
    }

    private const UnixFileMode ReadOnlyFolder =
        UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.WriteLine(line);
            }
        }
    }
}

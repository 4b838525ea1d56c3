using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace Durability;

/// <summary>One bot host process (the Release build of BotCompanion.Web) that can be SIGKILLed and started again.</summary>
internal sealed class BotInstance(string dll, string name, int port, IReadOnlyDictionary<string, string> environment)
{
    private Process? _process;

    public string Name => name;

    public Uri Address { get; } = new($"http://127.0.0.1:{port}");

    public bool IsUp { get; private set; }

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["Turns__InstanceName"] = name;
        start.Environment["ASPNETCORE_HTTP_PORTS"] = port.ToString(CultureInfo.InvariantCulture);
        _process = Process.Start(start)!;
        // DRILL_LOGS=folder keeps each instance's log lines (warnings and errors) for a look after a drill.
        var log = Environment.GetEnvironmentVariable("DRILL_LOGS") is { Length: > 0 } folder ? Path.Combine(folder, name + ".log") : null;
        _process.OutputDataReceived += (_, e) => Append(log, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        for (var i = 0; i < 900; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                IsUp = true;
                return;
            }
            catch (SocketException) when (!_process.HasExited)
            {
                await Task.Delay(100);
            }
            catch (SocketException)
            {
                break;
            }
        }

        throw new InvalidOperationException($"{name} did not start (exited: {_process.HasExited}):\n{string.Join("\n", _tail)}");
    }

    private readonly Queue<string> _tail = new();

    private void Append(string? log, string? line)
    {
        if (line is not null)
        {
            lock (_tail)
            {
                _tail.Enqueue(line);
                if (_tail.Count > 20)
                {
                    _tail.Dequeue();
                }
            }
        }

        if (log is not null && line is not null)
        {
            lock (typeof(BotInstance))
            {
                File.AppendAllText(log, line + Environment.NewLine);
            }
        }
    }

    public async Task KillAsync()
    {
        IsUp = false;
        _process!.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            await KillAsync();
        }
    }
}

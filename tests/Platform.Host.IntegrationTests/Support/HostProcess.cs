using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Platform.Testing;

namespace Platform.Host.IntegrationTests.Support;

/// The built host run as a real process (the same executable operators run), for commands, start-up failures
/// and kills. Output is collected for the test to read.
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public int HttpPort { get; }
    public string BaseAddress => $"http://127.0.0.1:{HttpPort}";
    public string Output { get { lock (_output) return _output.ToString(); } }

    private HostProcess(Process process, int httpPort) => (_process, HttpPort) = (process, httpPort);

    /// Starts the host with the given arguments on a free HTTP port and a free Akka port.
    public static HostProcess Start(string connectionString, string provider = "Sqlite", params string[] args)
    {
        var port = FreePort();
        var info = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "Platform.Host"))
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["LANG"] = "en_US.UTF-8";   // the commands' messages are asserted in English
        info.Environment["LC_ALL"] = "en_US.UTF-8";
        foreach (var a in args) info.ArgumentList.Add(a);
        info.ArgumentList.Add($"--Platform:Database:Provider={provider}");
        info.ArgumentList.Add($"--Platform:Database:ConnectionString={connectionString}");
        info.ArgumentList.Add("--Platform:Akka:Port=0");
        info.ArgumentList.Add($"--Urls=http://127.0.0.1:{port}");
        var process = Process.Start(info) ?? throw new InvalidOperationException("the host did not start");
        var host = new HostProcess(process, port);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// Starts the host on a test database.
    public static HostProcess Start(TestDatabase database, params string[] args) =>
        Start(database.ConnectionString, database.Kind.ToString(), args);

    /// Runs a command (migrate, verify-audit, …) on a test database to its end and returns its exit code.
    public static async Task<(int ExitCode, string Output)> RunAsync(TestDatabase database, params string[] args)
    {
        await using var host = Start(database, args);
        var code = await host.WaitForExitAsync(TimeSpan.FromMinutes(2));
        return (code, host.Output);
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        _process.WaitForExit();   // flushes the redirected output
        return _process.ExitCode;
    }

    /// Waits until /health/ready answers 200, or fails with what the host printed.
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the host exited with {_process.ExitCode}:\n{Output}");
            try
            {
                if ((await http.GetAsync($"{BaseAddress}/health/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"the host was not ready within {timeout}:\n{Output}");
    }

    /// SIGKILL: no shutdown hooks, no flushing; what a power cut or OOM-kill does to the process.
    public void Kill() => _process.Kill(entireProcessTree: true);

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}

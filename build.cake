// Targets: Build, Test, Run, Bench, Publish. Run them through ./build.sh --target=<name>.
using System.Net;
using System.Net.Sockets;
using System.Xml.Linq;

var target = Argument("target", "Build");
var configuration = Argument("configuration", "Release");
var root = MakeAbsolute(Directory("."));
var solution = root.CombineWithFilePath("Platform.sln");
var artifacts = root.Combine("artifacts");

Task("Build")
    .Does(() =>
{
    EnsureNpm();
    DotNetBuild(solution.FullPath, new DotNetBuildSettings { Configuration = configuration });
});

Task("Test")
    .IsDependentOn("Build")
    .Does(() =>
{
    EnsureDebianPackage("/usr/bin/chromium", "chromium");
    EnsureDebianPackage("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "fonts-wqy-microhei");   // Chinese text in screenshots
    var initdb = FindInitdb() ?? (EnsureDebianPackage(null, "postgresql") ? FindInitdb() : null)
        ?? throw new Exception("PostgreSQL's initdb was not found even after installing the postgresql package.");
    var results = artifacts.Combine("test-results");
    if (DirectoryExists(results)) DeleteDirectory(results, new DeleteDirectorySettings { Recursive = true, Force = true });
    var postgres = TestPostgres.Start(Context, initdb);
    var testExit = 0;
    try
    {
        testExit = StartProcess("dotnet", new ProcessSettings
        {
            Arguments = new ProcessArgumentBuilder()
                .Append("test").AppendQuoted(solution.FullPath)
                .Append("--no-build").Append("-c").Append(configuration)
                .Append("--logger").Append("trx")
                .Append("--results-directory").AppendQuoted(results.FullPath),
            EnvironmentVariables = new Dictionary<string, string> { ["PLATFORM_TEST_POSTGRES"] = postgres.ConnectionString },
        });
    }
    finally
    {
        postgres.Stop();
    }
    var (passed, failed, skipped) = CountResults(results);
    var line = $"{passed} passed, {failed} failed" + (skipped > 0 ? $", {skipped} skipped" : "");
    Information(line);
    EnsureDirectoryExists(artifacts);
    System.IO.File.WriteAllText(artifacts.CombineWithFilePath("test-summary.txt").FullPath, line + "\n");   // build.sh prints it last
    if (failed > 0 || testExit != 0 || passed == 0)
        throw new Exception($"Tests failed (dotnet test exit code {testExit}).");
});

Task("Run")
    .Does(() =>
{
    // A framework-dependent publish runs exactly what production runs (static assets included); the database
    // stays in data/ at the repository root so a second run reuses it.
    var output = artifacts.Combine("run");
    EnsureNpm();
    DotNetPublish(root.CombineWithFilePath("host/Platform.Host/Platform.Host.csproj").FullPath, new DotNetPublishSettings
    {
        Configuration = configuration,
        OutputDirectory = output,
    });
    var database = root.Combine("data").CombineWithFilePath("platform.db");
    StartProcess("dotnet", new ProcessSettings
    {
        WorkingDirectory = output,
        Arguments = new ProcessArgumentBuilder()
            .AppendQuoted(output.CombineWithFilePath("Platform.Host.dll").FullPath)
            .AppendQuoted($"--Platform:Database:ConnectionString=Data Source={database.FullPath}")
            .Append("--Platform:Demo:Enabled=true"),
    });
});

Task("Bench")
    .Does(() =>
{
    var output = artifacts.Combine("bench");
    EnsureNpm();   // the batch-over-HTTP benchmark runs the host, whose portal bundles npm assets
    DotNetRun(root.CombineWithFilePath("tests/Platform.Benchmarks/Platform.Benchmarks.csproj").FullPath,
        new ProcessArgumentBuilder().Append("--filter").Append("*").Append("--artifacts").AppendQuoted(output.FullPath),
        new DotNetRunSettings { Configuration = "Release" });
});

Task("Publish")
    .Does(() =>
{
    EnsureNpm();
    foreach (var rid in new[] { "linux-x64", "linux-arm64" })
    {
        DotNetPublish(root.CombineWithFilePath("host/Platform.Host/Platform.Host.csproj").FullPath, new DotNetPublishSettings
        {
            Configuration = configuration,
            Runtime = rid,
            SelfContained = true,
            OutputDirectory = artifacts.Combine("publish").Combine(rid),
        });
    }
});

RunTarget(target);

// ---- helpers ---------------------------------------------------------------------------------------------

bool EnsureDebianPackage(string probe, string package)
{
    if (probe != null && FileExists(probe)) return false;
    Information($"Installing {package} with apt-get (the build or the tests need it)...");
    var sudo = Environment.UserName == "root" ? "" : "sudo ";
    var exit = StartProcess("bash", new ProcessSettings
    {
        Arguments = new ProcessArgumentBuilder().Append("-c").AppendQuoted(
            $"{sudo}apt-get update -qq && DEBIAN_FRONTEND=noninteractive {sudo}apt-get install -y -qq {package}"),
    });
    if (exit != 0) throw new Exception($"apt-get install {package} failed with exit code {exit}.");
    return true;
}

// The portal bundles ECharts from npm at build (Platform.Web.csproj); a fresh Debian machine may have no npm.
void EnsureNpm()
{
    var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator)
        .Any(dir => dir.Length > 0 && System.IO.File.Exists(System.IO.Path.Combine(dir, "npm")));
    if (!onPath) EnsureDebianPackage(null, "nodejs npm");
}

string FindInitdb() =>
    System.IO.Directory.Exists("/usr/lib/postgresql")
        ? System.IO.Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d)
            .Select(d => System.IO.Path.Combine(d, "bin", "initdb")).FirstOrDefault(System.IO.File.Exists)
        : null;

(int Passed, int Failed, int Skipped) CountResults(DirectoryPath results)
{
    int passed = 0, failed = 0, skipped = 0;
    foreach (var trx in GetFiles(results.FullPath + "/**/*.trx"))
    {
        var ns = XNamespace.Get("http://microsoft.com/schemas/VisualStudio/TeamTest/2010");
        foreach (var r in XDocument.Load(trx.FullPath).Descendants(ns + "UnitTestResult"))
        {
            switch ((string)r.Attribute("outcome"))
            {
                case "Passed": passed++; break;
                case "NotExecuted": skipped++; break;
                default: failed++; break;
            }
        }
    }
    return (passed, failed, skipped);
}

/// A throwaway PostgreSQL cluster in a temporary folder, on 127.0.0.1 and a free port, for the tests only.
sealed class TestPostgres
{
    public string ConnectionString { get; private set; }
    private ICakeContext _context;
    private string _bin, _dir, _runAs;

    public static TestPostgres Start(ICakeContext context, string initdb)
    {
        var pg = new TestPostgres { _context = context, _bin = System.IO.Path.GetDirectoryName(initdb) };
        pg._dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "platform-pg-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(pg._dir);
        var root = Environment.UserName == "root";
        pg._runAs = root ? "runuser -u postgres -- " : "";
        if (root) pg.Shell($"chown postgres:postgres '{pg._dir}'");
        var port = FreePort();
        pg.Shell($"{pg._runAs}'{pg._bin}/initdb' -D '{pg._dir}/data' -A trust -U postgres --no-sync > '{pg._dir}/initdb.log' 2>&1");
        pg.Shell($"{pg._runAs}'{pg._bin}/pg_ctl' -D '{pg._dir}/data' -l '{pg._dir}/pg.log' -w " +
                 $"-o \"-c listen_addresses=127.0.0.1 -p {port} -k {pg._dir} -c fsync=off -c max_connections=300\" start > /dev/null");
        pg.ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
        context.Log.Information($"Test PostgreSQL on 127.0.0.1:{port} in {pg._dir}");
        return pg;
    }

    public void Stop()
    {
        Shell($"{_runAs}'{_bin}/pg_ctl' -D '{_dir}/data' -m fast -w stop > /dev/null", failOnError: false);
        System.IO.Directory.Delete(_dir, true);
    }

    private void Shell(string command, bool failOnError = true)
    {
        var exit = _context.StartProcess("bash", new ProcessSettings { Arguments = new ProcessArgumentBuilder().Append("-c").AppendQuoted(command) });
        if (exit != 0 && failOnError) throw new Exception($"'{command}' failed with exit code {exit}.");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

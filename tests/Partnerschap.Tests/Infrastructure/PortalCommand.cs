using System.Diagnostics;

namespace Partnerschap.Tests.Infrastructure;

/// <summary>
/// Runs a command of the portal (<c>dotnet Partnerschap.Web.dll &lt;args&gt;</c>) as an operator would: the built
/// executable next to this test build, in the Testing environment, on the given SQLite file.
/// </summary>
public static class PortalCommand
{
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(string database, params string[] args) =>
        RunAsync(database, new Dictionary<string, string>(), args);

    /// <param name="environment">Extra environment variables, e.g. <c>Mail__Delivery</c>.</param>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string database, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(Repository.WebAssembly)!,
        };
        start.ArgumentList.Add(Repository.WebAssembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ConnectionStrings__Partnerschap"] = $"Data Source={database}";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}

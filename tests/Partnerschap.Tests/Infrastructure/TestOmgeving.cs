using System.Runtime.CompilerServices;

namespace Partnerschap.Tests.Infrastructure;

/// <summary>
/// Settings for every portal this test run starts (in process and as a command). A test run starts a hundred hosts;
/// each would watch its configuration files and wwwroot (for <c>asp-append-version</c>) with an inotify instance, and
/// Linux allows 128 per user: with a second run or a build on the same machine the suite failed with "The configured
/// user limit (128) on the number of inotify instances has been reached". Polling watchers and configuration that is
/// not reloaded need none. The portal in production keeps its normal watchers.
/// </summary>
internal static class TestOmgeving
{
    [ModuleInitializer]
    internal static void Zet()
    {
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
    }
}

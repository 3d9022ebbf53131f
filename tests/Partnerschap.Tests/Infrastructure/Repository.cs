namespace Partnerschap.Tests.Infrastructure;

/// <summary>Paths in the repository, found from the test binaries upward.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "src", "Partnerschap.Web");

    /// <summary>The web app's build output that sits next to this test build (same configuration).</summary>
    public static string WebAssembly
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name; // bin/<Configuration>/net10.0
            return Path.Combine(WebProject, "bin", configuration, "net10.0", "Partnerschap.Web.dll");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Partnerschap.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Partnerschap.sln niet gevonden boven " + AppContext.BaseDirectory);
    }
}

namespace Partnerschap.Tests.Infrastructure;

/// <summary>
/// A test that needs something outside the repository (Chromium, a PostgreSQL server): skipped with the reason on a
/// developer's machine, a failure on CI (<c>CI=true</c>), where `.ci/run` installs it and a skip would hide that it did not.
/// </summary>
public static class Vereist
{
    public static void OfOverslaan(string? ontbreekt)
    {
        if (ontbreekt is null)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(ontbreekt);
        }

        Assert.Skip(ontbreekt);
    }
}

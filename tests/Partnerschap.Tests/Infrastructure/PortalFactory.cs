using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;

namespace Partnerschap.Tests.Infrastructure;

/// <summary>
/// The real portal on a real SQLite file of its own, in the "Testing" environment (no demo accounts,
/// mail into the outbox table). Each factory is one web instance; two factories on the same file are
/// two instances behind a load balancer. Without a path it runs on a copy of the migrated template
/// (<see cref="TestDatabase"/>); a test of the first start passes <see cref="NewDatabasePath"/>.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public const string Wachtwoord = "een lange zin als wachtwoord";

    private readonly Dictionary<string, string?> _settings;

    public PortalFactory(string? databasePath = null, IDictionary<string, string?>? settings = null, string environment = "Testing")
    {
        DatabasePath = databasePath ?? TestDatabase.Copy(Sjabloon.Gemigreerd);
        Environment = environment;
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Partnerschap"] = $"Data Source={DatabasePath}",
            ["Portal:PubliekeUrl"] = "https://partnerschap.test/",
            ["Mail:Delivery"] = "Outbox",
            ["RateLimits:AanmeldenPerMinuut"] = "1000",
            ["RateLimits:FormulierPerMinuut"] = "1000",
            ["RateLimits:DoorverwijslijstPerMinuut"] = "1000",
            ["RateLimits:ApiPerMinuut"] = "100000",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Logbestanden:Pad"] = "",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        // Not "localhost": HSTS is never sent to localhost, and tests must see what a real host sees.
        ClientOptions.BaseAddress = new Uri("https://partnerschap.test");
        ClientOptions.AllowAutoRedirect = false;
    }

    public string DatabasePath { get; }

    public string Environment { get; }

    /// <summary>When set, the portal's clock; tests move it forward to expire sessions.</summary>
    public FakeTimeProvider? Clock { get; init; }

    /// <summary>A database that does not exist yet: the portal migrates and seeds it on its first start.</summary>
    public static string NewDatabasePath() => TestDatabase.NewPath();

    /// <summary>
    /// When set, the address every request seems to come from (the test server has none of its own): the peer the
    /// portal sees, before any forwarded header.
    /// </summary>
    public System.Net.IPAddress? RemoteIp { get; init; }

    /// <summary>Extra registrations after the portal's own, e.g. a counting wrapper around a framework service.</summary>
    public Action<IServiceCollection>? ExtraServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        // UseSetting, not ConfigureAppConfiguration: Program reads configuration while it registers services,
        // before configuration callbacks of the factory would run.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        if (Clock is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }

        if (ExtraServices is not null)
        {
            builder.ConfigureServices(ExtraServices);
        }

        if (RemoteIp is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new RemoteIpStartupFilter(RemoteIp)));
        }
    }

    /// <summary>Creates a confirmed account with <see cref="Wachtwoord"/> and the given roles.</summary>
    public async Task<PortalUser> CreateUserAsync(string email, params string[] rollen)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, AangemaaktOp = DateTimeOffset.UtcNow };
        Check(await users.CreateAsync(user, Wachtwoord));
        foreach (var rol in rollen)
        {
            Check(await users.AddToRoleAsync(user, rol));
        }

        return user;
    }

    /// <summary>Runs <paramref name="work"/> with a fresh DbContext on this instance's database.</summary>
    public async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    /// <summary>Makes the user a member of the organisatie with this slug: they may edit its profile.</summary>
    public async Task AddMembershipAsync(PortalUser user, string organisatieSlug) =>
        await WithDbAsync(async db =>
        {
            var organisatie = await db.Organisaties.SingleAsync(o => o.Slug == organisatieSlug);
            db.Lidmaatschappen.Add(new Lidmaatschap { GebruikerId = user.Id, OrganisatieId = organisatie.Id, Sinds = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });

    public async Task WithUsersAsync(Func<UserManager<PortalUser>, Task> work)
    {
        using var scope = Services.CreateScope();
        await work(scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>());
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}

/// <summary>Gives every request the same peer address, before the portal's own pipeline runs.</summary>
internal sealed class RemoteIpStartupFilter(System.Net.IPAddress address) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = address;
            return nextMiddleware(context);
        });
        next(app);
    };
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Partnerschap.Web.Data;
using Partnerschap.Web.Features.Profielbeheer;
using Partnerschap.Web.Features.SocialeKaart.Import;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure.Audit;
using Partnerschap.Web.Infrastructure.Caching;
using Partnerschap.Web.Infrastructure.Health;
using Partnerschap.Web.Infrastructure.Herinneringen;
using Partnerschap.Web.Infrastructure.Mail;
using Partnerschap.Web.Infrastructure.Security;
using Partnerschap.Web.Infrastructure.Seeding;
using Serilog;

namespace Partnerschap.Web.Infrastructure;

public static class WebSetup
{
    public static IServiceCollection AddPortalWeb(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.Configure<PortalOptions>(configuration.GetSection(PortalOptions.Section));
        var portal = configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();
        var publiek = portal.GeconfigureerdAdres;
        if (environment.IsProduction() && publiek is null)
        {
            throw new InvalidOperationException("Stel Portal:PubliekeUrl in (bijvoorbeeld https://partnerschap.example.be/): links in mails en de toegelaten hostnaam komen daaruit.");
        }

        // Outside Development only requests for the public host are answered (400 otherwise), unless AllowedHosts
        // names the hosts itself (for example the load balancer's health probe as well).
        services.PostConfigure<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>(o =>
        {
            if (!environment.IsDevelopment() && publiek is not null && o.AllowedHosts.All(h => h == "*"))
            {
                o.AllowedHosts = [publiek.Host];
            }
        });

        var mail = configuration.GetSection(MailOptions.Section).Get<MailOptions>() ?? new MailOptions();
        if (environment.IsProduction() && mail.Delivery == MailDelivery.Outbox)
        {
            throw new InvalidOperationException("Mail:Delivery = Outbox is alleen voor ontwikkeling; stel SMTP in voor productie.");
        }

        services
            .AddControllersWithViews(mvc =>
            {
                // Every POST, PUT, PATCH and DELETE needs a valid antiforgery token; no action can forget it.
                mvc.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                // No form field holds NUL, escape or a bidi override (OnzichtbareTekens).
                mvc.Filters.Add<OnzichtbareTekensFilter>();
            })
            .AddRazorOptions(razor =>
            {
                // Feature folders: /Features/<Controller>/<View>.cshtml, shared parts in /Features/Shared; a feature with
                // several controllers keeps its views in the folder of its namespace (FeatureMapViewLocations).
                razor.ViewLocationFormats.Clear();
                razor.ViewLocationFormats.Add("/Features/{1}/{0}" + RazorViewEngine.ViewExtension);
                razor.ViewLocationFormats.Add("/Features/Shared/{0}" + RazorViewEngine.ViewExtension);
                razor.ViewLocationExpanders.Add(new FeatureMapViewLocations());
            })
            .AddCookieTempDataProvider(o =>
            {
                o.Cookie.Name = "__Host-partnerschap-melding";
                o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.IsEssential = true;
            });
        // The same cookie without a needless deletion on every page, which would keep every page out of the output cache.
        services.AddSingleton<CookieTempDataProvider>();
        services.Replace(ServiceDescriptor.Singleton<ITempDataProvider, ZuinigeTempDataProvider>());

        services.AddAntiforgery(o =>
        {
            o.Cookie = new AlwaysSecureCookieBuilder
            {
                Name = "__Host-partnerschap-af",
                Path = "/",
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                IsEssential = true,
            };
            o.FormFieldName = "__af";
        });

        // Every page needs a signed-in user unless it says [AllowAnonymous].
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        // Keys in the database: every web instance behind the load balancer reads the same key ring.
        services.AddDataProtection()
            .SetApplicationName("Partnerschap")
            .PersistKeysToDbContext<PortalDbContext>();

        services.Configure<LimietOptions>(configuration.GetSection(LimietOptions.Section));
        var limieten = configuration.GetSection(LimietOptions.Section).Get<LimietOptions>() ?? new LimietOptions();
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel =>
            kestrel.Limits.MinRequestBodyDataRate = new Microsoft.AspNetCore.Server.Kestrel.Core.MinDataRate(240, limieten.FormulierLeestijd));
        services.Configure<OverbelastingOptions>(configuration.GetSection(OverbelastingOptions.Section));
        services.AddPortalRateLimits(configuration);
        services.AddPortalHerinneringen(configuration);

        services.AddHealthChecks()
            .AddDbContextCheck<PortalDbContext>("database", tags: ["ready"])
            .AddCheck<MigrationsHealthCheck>("migraties", tags: ["ready"])
            .AddCheck<ZoekindexHealthCheck>("zoekindex", tags: ["ready"]);

        services.Configure<ForwardedHeadersOptions>(o => ConfigureForwardedHeaders(o, configuration));

        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });

        services.AddHttpContextAccessor();
        services.Configure<AuditOptions>(configuration.GetSection(AuditOptions.Section));
        services.AddScoped<AuditLogger>();
        services.AddScoped<ProfielHistoriek>();
        services.AddScoped<SamenwerkingBevestiging>();
        services.AddScoped<Features.Samenwerkingsscan.Partners.PartnerscanMails>();
        services.AddScoped<IAuthorizationHandler, ProfielAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, SamenwerkingAuthorizationHandler>();
        services.AddSingleton<Features.Gids.Markdown.GidsRenderer>();
        services.AddScoped<Features.Gids.GidsImporter>();
        services.AddScoped<Features.Samenwerkingsscan.ScanSeeder>();
        services.AddScoped<Features.Onderzoek.Onderzoeksexport>();
        services.AddScoped<Features.GidsBeheer.GidsPublicatie>();
        services.AddScoped<Features.GidsBeheer.HoofdstukQueries>();
        services.AddScoped<Features.Beheer.BeheerMails>();
        services.AddScoped<Features.Beheer.Uitnodiger>();
        services.AddScoped<Features.Profielbeheer.OrganisatieAanmaker>();
        services.AddScoped<Features.OrganisatieToevoegen.VoorstelLinks>();
        services.AddScoped<Features.OrganisatieToevoegen.VoorstelMails>();
        services.AddHostedService<Features.GidsBeheer.PublicatieJob>();
        services.AddScoped<DemoAccountSeeder>();
        services.AddScoped<GemeenteSeeder>();
        services.AddScoped<HulpvraagSeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<SocialeKaartImporter>();
        services.AddScoped<Features.SocialeKaart.Import.Scholenlijst.ScholenlijstImporter>();
        services.AddSingleton<KaartIndexProvider>();
        services.AddSingleton<Features.Api.Hsds.HsdsCatalogusProvider>();
        services.AddScoped<Features.Api.Hsds.HsdsQueries>();
        services.AddScoped<Features.Api.Hsds.HsdsDatapakket>();
        services.Configure<Features.OpenData.OpenDataOptions>(configuration.GetSection(Features.OpenData.OpenDataOptions.Section));
        // Checked here, at start: the CSP (SecurityHeadersMiddleware) is built from the tile server's host.
        services.Configure<Features.SocialeKaart.KaartweergaveOptions>(configuration.GetSection(Features.SocialeKaart.KaartweergaveOptions.Section));
        var kaartweergave = configuration.GetSection(Features.SocialeKaart.KaartweergaveOptions.Section).Get<Features.SocialeKaart.KaartweergaveOptions>() ?? new();
        if (kaartweergave.Fout is { } kaartFout)
        {
            throw new InvalidOperationException(kaartFout);
        }

        services.AddSingleton<Features.Gids.GidsVersieProvider>();
        services.AddSingleton<Features.Samenwerkingsscan.ScanInhoudProvider>();
        services.AddPortalUitvoercache(configuration);
        if (configuration.GetValue(KaartIndexOpwarming.Instelling, true))
        {
            services.AddHostedService<KaartIndexOpwarming>();
        }
        services.AddSingleton<Features.SocialeKaart.ZonderResultaat.ZoekopdrachtenBuffer>();
        services.AddHostedService<Features.SocialeKaart.ZonderResultaat.ZoekopdrachtenFlushService>();
        services.AddSingleton<Plaatsen.PlaatsenProvider>();
        services.AddSingleton<Features.Regio.RegioGeometrieProvider>();
        services.AddSingleton<Features.Regio.RegioCijfersProvider>();
        return services;
    }

    /// <summary>
    /// X-Forwarded-For and X-Forwarded-Proto count only when they come from a proxy named in
    /// <c>ForwardedHeaders:KnownProxies</c> (addresses) or <c>ForwardedHeaders:KnownNetworks</c> (CIDR). ASP.NET Core trusts
    /// every peer when both lists are empty, so with none configured the headers are not read at all: a client can then
    /// not choose its own address and slip past the rate limits.
    /// </summary>
    public static void ConfigureForwardedHeaders(ForwardedHeadersOptions o, IConfiguration configuration)
    {
        o.KnownIPNetworks.Clear();
        o.KnownProxies.Clear();
        foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
        {
            o.KnownProxies.Add(System.Net.IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{proxy}' is geen IP-adres."));
        }

        foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
        {
            o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{network}' is geen netwerk in CIDR-notatie (zoals 10.0.0.0/8)."));
        }

        o.ForwardedHeaders = o.KnownProxies.Count + o.KnownIPNetworks.Count == 0
            ? ForwardedHeaders.None
            : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
    }

    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            // Unreadable requests (too large, too many form fields, a body that stalls) get their own 4xx page, not a 500.
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/fout/500",
                StatusCodeSelector = Features.Foutpaginas.FoutpaginasController.StatusVoor,
            });
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStatusCodePagesWithReExecute("/fout/{0}");
        app.UseMiddleware<FormulierLezenMiddleware>();
        app.UseStaticFiles();
        // 429 and 503 are logged by their own throttled line (WeigeringLog), not once more per request.
        app.UseSerilogRequestLogging(o =>
        {
            // This instance's logger (with its log files), not the static bootstrap logger.
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            o.GetLevel = (context, _, ex) =>
                ex is not null || context.Response.StatusCode >= 500 && context.Response.StatusCode != StatusCodes.Status503ServiceUnavailable ? Serilog.Events.LogEventLevel.Error
                : context.Response.StatusCode is StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable ? Serilog.Events.LogEventLevel.Verbose
                : Serilog.Events.LogEventLevel.Information;
        });
        // A client that went away while its request ran: no error, no page (499 in the request log).
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                context.Response.StatusCode = 499;
            }
        });
        app.UseRouting();
        app.UseMiddleware<OverbelastingMiddleware>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authentication: the cache rule asks whether the visitor is signed in. The antiforgery tokens of a cached
        // page are filled in outside the cache, for every response (ADR 0011).
        if (app.Services.GetRequiredService<IOptions<UitvoercacheOptions>>().Value.Aan)
        {
            app.UseMiddleware<AntiforgeryInvullenMiddleware>();
            app.UseOutputCache();
        }

        return app;
    }

    public static WebApplication MapPortalEndpoints(this WebApplication app)
    {
        app.MapControllers();
        // /health: the process answers. /health/ready: the database is reachable and fully migrated.
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false })
            .WithMetadata(new HttpMethodMetadata(["GET", "HEAD"])).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") })
            .WithMetadata(new HttpMethodMetadata(["GET", "HEAD"])).AllowAnonymous();

        // Anything else is a Dutch 404, also for visitors who are not signed in.
        app.MapFallbackToController("{**pad}", "NietGevonden", "Foutpaginas");
        return app;
    }

    /// <summary>
    /// Migrations and reference data (unless turned off: then the `migrate` command does both), the demo set in a
    /// demo environment, and in Development the demo accounts.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (options.MigrateOnStartup)
        {
            await MigrateAsync(scope.ServiceProvider);
        }

        var portal = scope.ServiceProvider.GetRequiredService<IOptions<PortalOptions>>().Value;
        if (portal.DemoOmgeving)
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
        }

        if (app.Environment.IsDevelopment() && portal.DemoAccounts)
        {
            await scope.ServiceProvider.GetRequiredService<DemoAccountSeeder>().SeedAsync();
        }
    }

    /// <summary>The schema and the reference data that belongs with it (the gemeenten, the hulpvragen, the first chapters of the gids, the first version of the samenwerkingsscan).</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await services.GetRequiredService<PortalDbContext>().Database.MigrateAsync(cancellationToken);
        await services.GetRequiredService<GemeenteSeeder>().SeedAsync(cancellationToken: cancellationToken);

        // The hulpvragen vocabulary is part of the search, not demo data: loaded when the table is still empty.
        await services.GetRequiredService<HulpvraagSeeder>().SeedAsync(cancellationToken);

        // The guide's chapters are part of the product, not demo data: loaded when the guide is still empty.
        await services.GetRequiredService<Features.Gids.GidsImporter>().SeedAsync(cancellationToken);

        // So is the samenwerkingsscan: version 1 from seeds/samenwerkingsscan/scan.json when there is none.
        await services.GetRequiredService<Features.Samenwerkingsscan.ScanSeeder>().SeedAsync(cancellationToken);
    }
}

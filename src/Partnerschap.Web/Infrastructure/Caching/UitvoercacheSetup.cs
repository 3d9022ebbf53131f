namespace Partnerschap.Web.Infrastructure.Caching;

public static class UitvoercacheSetup
{
    /// <summary>
    /// The output cache of public pages (ADR 0011): two named rules, used with <c>[OutputCache(PolicyName = ...)]</c>,
    /// and nothing cached anywhere else (no base policy). The middleware runs only with <c>Uitvoercache:Aan</c>
    /// (<see cref="WebSetup.UsePortalPipeline"/>).
    /// </summary>
    public static IServiceCollection AddPortalUitvoercache(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(UitvoercacheOptions.Section);
        services.Configure<UitvoercacheOptions>(section);
        var opties = section.Get<UitvoercacheOptions>() ?? new UitvoercacheOptions();
        if (opties.Bewaartijd <= TimeSpan.Zero || opties.MaxMegabytes <= 0)
        {
            throw new InvalidOperationException("Uitvoercache:Bewaartijd en Uitvoercache:MaxMegabytes moeten groter dan nul zijn.");
        }

        services.AddOutputCache(o =>
        {
            o.SizeLimit = opties.MaxMegabytes * 1024L * 1024L;
            o.DefaultExpirationTimeSpan = opties.Bewaartijd;
            // A slug is matched exactly, and the page writes its own path into the doorverwijslijst form.
            o.UseCaseSensitivePaths = true;
            o.AddPolicy(PubliekePaginaPolicy.Profiel, new PubliekePaginaPolicy(metGids: false));
            o.AddPolicy(PubliekePaginaPolicy.Hoofdstuk, new PubliekePaginaPolicy(metGids: true));
        });
        return services;
    }
}

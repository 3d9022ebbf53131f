namespace Partnerschap.Web.Infrastructure.Herinneringen;

public static class HerinneringSetup
{
    /// <summary>Reminders to members of stale profiles and the daily job that sends them.</summary>
    public static IServiceCollection AddPortalHerinneringen(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<HerinneringOptions>(configuration.GetSection(HerinneringOptions.Section));
        services.AddScoped<HerinneringService>();
        services.AddHostedService<HerinneringJob>();
        return services;
    }
}

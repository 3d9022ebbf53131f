using Serilog;

namespace Partnerschap.Web.Infrastructure;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog from configuration: appsettings.json writes compact JSON, appsettings.Development.json
    /// a readable console format. The static logger is preserved so that several hosts (tests) can coexist.
    /// </summary>
    public static void AddPortalLogging(this WebApplicationBuilder builder)
    {
        Log.Logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .CreateLogger();

        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);
    }
}

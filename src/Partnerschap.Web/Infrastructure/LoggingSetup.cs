using Serilog;
using Serilog.Formatting.Compact;

namespace Partnerschap.Web.Infrastructure;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog from configuration: appsettings.json writes compact JSON, appsettings.Development.json
    /// a readable console format. The static logger is preserved so that several hosts (tests) can coexist.
    /// With <c>Logbestanden:Pad</c> set, also to files of bounded size (<see cref="LogbestandOptions"/>), so that a flood
    /// of requests cannot fill the disk.
    /// </summary>
    public static void AddPortalLogging(this WebApplicationBuilder builder)
    {
        var bestanden = builder.Configuration.GetSection(LogbestandOptions.Section).Get<LogbestandOptions>() ?? new LogbestandOptions();
        if (!string.IsNullOrWhiteSpace(bestanden.Pad) && !Path.IsPathRooted(bestanden.Pad))
        {
            bestanden.Pad = Path.Combine(builder.Environment.ContentRootPath, bestanden.Pad);
        }

        // The bootstrap logger (start-up failures) writes to standard output only: one file has one writer.
        Log.Logger = Configureer(new LoggerConfiguration().ReadFrom.Configuration(builder.Configuration), new LogbestandOptions()).CreateLogger();

        builder.Services.AddSerilog(
            (services, logger) => Configureer(logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services), bestanden),
            preserveStaticLogger: true);
    }

    private static LoggerConfiguration Configureer(LoggerConfiguration logger, LogbestandOptions bestanden)
    {
        logger.Enrich.FromLogContext();
        if (!string.IsNullOrWhiteSpace(bestanden.Pad))
        {
            // Requests do not write the file themselves: they queue the event and one background thread writes,
            // buffered. A synchronous file sink made every request wait for one lock (bench/profiel.sh,
            // docs/performance.md). When the queue is full (a flood), events are dropped instead of slowing requests;
            // the queue is flushed when the portal stops.
            logger.WriteTo.Async(
                bestand => bestand.File(
                    new CompactJsonFormatter(),
                    bestanden.Pad,
                    fileSizeLimitBytes: bestanden.MaxBytesPerBestand,
                    rollOnFileSizeLimit: true,
                    rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: bestanden.Bestanden,
                    retainedFileTimeLimit: bestanden.BewaarTijd,
                    buffered: true,
                    flushToDiskInterval: TimeSpan.FromSeconds(1)),
                bufferSize: LogbestandOptions.Wachtrij,
                blockWhenFull: false);
        }

        return logger;
    }
}

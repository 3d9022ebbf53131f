namespace Partnerschap.Web.Infrastructure;

/// <summary>Settings under <c>Logbestanden</c>: at most <see cref="Bestanden"/> × <see cref="MaxBytesPerBestand"/> on disk.</summary>
public sealed class LogbestandOptions
{
    public const string Section = "Logbestanden";

    /// <summary>Log events waiting for the file writer; more are dropped, so a flood costs neither memory nor time.</summary>
    public const int Wachtrij = 10_000;

    /// <summary>For example <c>App_Data/logs/partnerschap-.log</c> (the date goes before the dot); empty: no files.</summary>
    public string? Pad { get; set; }

    public long MaxBytesPerBestand { get; set; } = 20 * 1024 * 1024;

    public int Bestanden { get; set; } = 10;

    /// <summary>Older files are deleted even when fewer than <see cref="Bestanden"/> exist (the privacy page says 30 days).</summary>
    public TimeSpan BewaarTijd { get; set; } = TimeSpan.FromDays(30);
}


namespace Partnerschap.Web.Infrastructure;

/// <summary>
/// Times as people in Flanders and Brussels read them. The database stores UTC; pages, mails and date rules
/// (6 months since the last check, scheduled publication) use Belgian time, summer time included. Every date a
/// person reads goes through <see cref="Datum(DateOnly)"/>, <see cref="Datum(DateTimeOffset)"/> or
/// <see cref="Tijdstip"/>, so it is in Dutch ("2 december 2026") and on the Belgian day.
/// </summary>
public static class BelgischeTijd
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    /// <summary>Now, as a Belgian wall-clock time with its offset (+01:00 or +02:00).</summary>
    public static DateTimeOffset Nu(TimeProvider clock) => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone);

    /// <summary>Today's date in Belgium.</summary>
    public static DateOnly Vandaag(TimeProvider clock) => DagVan(clock.GetUtcNow());

    /// <summary>The Belgian day on which <paramref name="tijdstip"/> falls (23:30 UTC on 1 December is 2 December).</summary>
    public static DateOnly DagVan(DateTimeOffset tijdstip) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(tijdstip, Zone).DateTime);

    /// <summary>"2 december 2026".</summary>
    public static string Datum(DateOnly datum) => datum.ToString("d MMMM yyyy", Partnerschap.Web.Infrastructure.Nl.Cultuur);

    /// <summary>"2 december 2026", or "nog nooit" for a profile nobody confirmed yet.</summary>
    public static string DatumOfNooit(DateOnly? datum) => datum is { } d ? Datum(d) : "nog nooit";

    /// <summary>"2 december 2026", the Belgian day of <paramref name="tijdstip"/>.</summary>
    public static string Datum(DateTimeOffset tijdstip) => Datum(DagVan(tijdstip));

    /// <summary>"23 november 2026 om 14:05", in Belgian time.</summary>
    public static string Tijdstip(DateTimeOffset tijdstip) => TimeZoneInfo.ConvertTime(tijdstip, Zone).ToString("d MMMM yyyy 'om' HH:mm", Partnerschap.Web.Infrastructure.Nl.Cultuur);
}

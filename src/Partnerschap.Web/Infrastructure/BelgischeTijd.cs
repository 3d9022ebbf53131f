using System.Globalization;

namespace Partnerschap.Web.Infrastructure;

/// <summary>
/// Times as people in Flanders and Brussels read them. The database stores UTC; pages, mails and date rules
/// (6 months since the last check, scheduled publication) use Belgian time, summer time included.
/// </summary>
public static class BelgischeTijd
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-BE");

    /// <summary>Today's date in Belgium.</summary>
    public static DateOnly Vandaag(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    /// <summary>"23 november 2026 om 14:05", in Belgian time.</summary>
    public static string Tijdstip(DateTimeOffset tijdstip) => TimeZoneInfo.ConvertTime(tijdstip, Zone).ToString("d MMMM yyyy 'om' HH:mm", Nl);
}

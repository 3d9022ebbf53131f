using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using Partnerschap.Tests.Infrastructure;
using Partnerschap.Web.Infrastructure;

namespace Partnerschap.Tests;

/// <summary>Days are Belgian days and dates read as Dutch, whatever the machine's clock or time zone says.</summary>
public sealed partial class BelgischeTijdTests
{
    [Fact]
    public void Half_past_eleven_UTC_on_the_first_of_December_is_the_second_of_December_in_Brussels()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 12, 2), BelgischeTijd.Vandaag(clock));
        Assert.Equal("2 december 2026", BelgischeTijd.Datum(clock.GetUtcNow()));
        Assert.Equal("2 december 2026 om 00:30", BelgischeTijd.Tijdstip(clock.GetUtcNow()));
    }

    [Fact]
    public void The_switch_to_summer_time_on_the_last_Sunday_of_March_moves_the_clock_an_hour_forward()
    {
        var voor = new DateTimeOffset(2027, 3, 28, 0, 30, 0, TimeSpan.Zero);
        var na = new DateTimeOffset(2027, 3, 28, 1, 30, 0, TimeSpan.Zero);

        Assert.Equal("28 maart 2027 om 01:30", BelgischeTijd.Tijdstip(voor));
        Assert.Equal("28 maart 2027 om 03:30", BelgischeTijd.Tijdstip(na));
        Assert.Equal(TimeSpan.FromHours(2), BelgischeTijd.Nu(new FakeTimeProvider(na)).Offset);
        Assert.Equal(new DateOnly(2027, 3, 28), BelgischeTijd.Vandaag(new FakeTimeProvider(na)));
    }

    [Fact]
    public void Dates_are_written_in_Dutch_with_a_lower_case_month_and_never_in_numbers_only()
    {
        Assert.Equal("5 januari 2027", BelgischeTijd.Datum(new DateOnly(2027, 1, 5)));
        Assert.Equal("nog nooit", BelgischeTijd.DatumOfNooit(null));
    }

    /// <summary>
    /// "Now" comes from TimeProvider (tests set it) and every date shown goes through BelgischeTijd: the sources may not
    /// read the machine's clock or format a month themselves.
    /// </summary>
    [Fact]
    public void No_source_file_reads_the_machine_clock_or_formats_a_date_itself()
    {
        var src = Path.Combine(Repository.Root, "src");
        var fouten = Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                        !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                        !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((regel, i) => (Bestand: Path.GetRelativePath(src, f), Nummer: i + 1, Regel: regel)))
            .Where(r => Klok().IsMatch(r.Regel) ||
                        (r.Regel.Contains("TimeProvider.System", StringComparison.Ordinal) && !r.Bestand.EndsWith("IdentitySetup.cs", StringComparison.Ordinal)) ||
                        (Maand().IsMatch(r.Regel) && !r.Bestand.EndsWith("BelgischeTijd.cs", StringComparison.Ordinal)))
            .Select(r => $"{r.Bestand}:{r.Nummer}: {r.Regel.Trim()}")
            .ToList();

        Assert.True(fouten.Count == 0, "Gebruik TimeProvider en BelgischeTijd:\n" + string.Join("\n", fouten));
    }

    [GeneratedRegex(@"\bDateTime(Offset)?\.(Now|UtcNow|Today)\b")]
    private static partial Regex Klok();

    [GeneratedRegex(@"MMMM|ToShortDateString|ToLongDateString")]
    private static partial Regex Maand();
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.SocialeKaart.Import;
using Partnerschap.Web.Features.SocialeKaart.Import.Scholenlijst;
using Partnerschap.Web.Infrastructure.Herinneringen;
using Partnerschap.Web.Infrastructure.Identity;
using Partnerschap.Web.Infrastructure.Seeding;

namespace Partnerschap.Web.Infrastructure.Commands;

/// <summary>
/// Operator commands on the same executable: <c>dotnet run --project src/Partnerschap.Web -- &lt;command&gt;</c>.
/// Exit codes: 0 done, 1 failed, 2 wrong use (usage printed).
/// </summary>
public static class PortalCommands
{
    public const string Usage = """
        Gebruik: dotnet run --project src/Partnerschap.Web -- <opdracht> [argumenten]

        Opdrachten:
          migrate                 Past alle databasemigraties toe en stopt.
          create-admin <e-mail>   Maakt een Beheerder aan (of geeft een bestaande persoon die rol)
                                  en toont een eenmalige link om het wachtwoord in te stellen.
          import [--overschrijf] <bestand>...
                                  Leest organisaties (Open Referral HSDS 3.1 JSON) en scholen,
                                  brugfiguren en samenwerkingen (eigen JSON, zie docs/import.md).
                                  Alles of niets: bij een fout verandert er niets. Een profiel dat
                                  in het portaal gewijzigd werd sinds de vorige import, wordt
                                  overgeslagen, behalve met --overschrijf.
          import-scholen [--gedeeltelijk] <bestand.csv>
                                  Leest de officiële lijst van vestigingsplaatsen van het
                                  Vlaamse onderwijs (CSV van data-onderwijs, zie docs/import.md).
                                  Alles of niets. Scholen uit een vorige lijst die ontbreken,
                                  worden gemarkeerd als "niet meer in de officiële lijst",
                                  behalve met --gedeeltelijk (het bestand is maar een deel).
          generate-demo --organisations <aantal>
                                  Maakt dat aantal synthetische organisaties aan (voor
                                  benchmarks en belastingtests; namen zeggen "synthetisch").
          import-gids <map>       Leest de hoofdstukken van de samenwerkingsgids (Markdown met
                                  gegevens bovenaan, zoals seeds/gids). Een hoofdstuk dat in het
                                  portaal gewijzigd werd, wordt niet overschreven.
          send-reminders          Stuurt nu de herinneringen voor profielen die al 6 maanden niet
                                  nagekeken zijn (hoogstens 1 per profiel per 30 dagen) en ruimt
                                  het auditlog op. Dat gebeurt ook elke dag vanzelf.
          help                    Toont deze hulp.

        Zonder opdracht start het portaal.
        """;

    /// <summary>
    /// A first argument that is not an option (<c>--urls</c>, <c>--environment</c>) names a command; <c>--help</c> and
    /// <c>-h</c> ask for the help, as with most command-line tools.
    /// </summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && (args[0] is "--help" or "-h" || !args[0].StartsWith('-'));

    public static async Task<int> RunAsync(WebApplication app, string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var arguments = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        try
        {
            switch (args[0])
            {
                case "help" or "--help" or "-h":
                    await output.WriteLineAsync(Usage);
                    return 0;
                case "migrate" when arguments.Length == 0:
                    return await MigrateAsync(app, output);
                case "create-admin" when arguments.Length == 1:
                    return await CreateAdminAsync(app, arguments[0], output, error);
                case "import" when arguments.Length >= 1 && args.Skip(1).All(a => !a.StartsWith("--", StringComparison.Ordinal) || a == "--overschrijf"):
                    return await ImportAsync(app, arguments, args.Contains("--overschrijf"), output, error);
                case "import-scholen" when arguments.Length == 1 && args.Skip(1).All(a => !a.StartsWith("--", StringComparison.Ordinal) || a == "--gedeeltelijk"):
                    return await ImportScholenAsync(app, arguments[0], volledig: !args.Contains("--gedeeltelijk"), output, error);
                case "generate-demo" when Aantal(args) is { } aantal:
                    return await GenerateAsync(app, aantal, output, error);
                case "import-gids" when arguments.Length == 1:
                    return await ImportGidsAsync(app, arguments[0], output, error);
                case "send-reminders" when arguments.Length == 0:
                    return await SendRemindersAsync(app, output, error);
                default:
                    await error.WriteLineAsync($"Onbekende opdracht of verkeerde argumenten: {string.Join(' ', args)}");
                    await error.WriteLineAsync();
                    await error.WriteLineAsync(Usage);
                    return 2;
            }
        }
        catch (Exception ex)
        {
            await error.WriteLineAsync($"De opdracht '{args[0]}' is mislukt: {ex.Message}");
            return 1;
        }
    }

    private static async Task<int> MigrateAsync(WebApplication app, TextWriter output)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        await WebSetup.MigrateAsync(scope.ServiceProvider);
        await output.WriteLineAsync(pending.Count == 0
            ? "De database is al bijgewerkt; er waren geen migraties te doen."
            : $"{pending.Count} migratie(s) toegepast: {string.Join(", ", pending)}");
        return 0;
    }

    private static async Task<int> CreateAdminAsync(WebApplication app, string email, TextWriter output, TextWriter error)
    {
        if (!new EmailAddressAttribute().IsValid(email) || email.Length > 256)
        {
            await error.WriteLineAsync($"'{email}' is geen geldig e-mailadres.");
            await error.WriteLineAsync(Usage);
            return 2;
        }

        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PortalDbContext>();
        if (!await EnsureMigratedAsync(services, error))
        {
            return 1;
        }

        var users = services.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new PortalUser
            {
                UserName = email,
                Email = email,
                AangemaaktOp = services.GetRequiredService<TimeProvider>().GetUtcNow(),
            };
            Check(await users.CreateAsync(user));
        }

        if (!await users.IsInRoleAsync(user, Rollen.Beheerder))
        {
            Check(await users.AddToRoleAsync(user, Rollen.Beheerder));
        }

        var link = services.GetRequiredService<AccountLinks>().Password(user, await users.GeneratePasswordResetTokenAsync(user), eersteWachtwoord: true);
        await output.WriteLineAsync($"Beheerder {email} staat klaar.");
        await output.WriteLineAsync("Eenmalige link om het wachtwoord in te stellen (geldig tot de eerste keer gebruikt of na 24 uur):");
        await output.WriteLineAsync(link);
        return 0;
    }

    private static async Task<int> ImportGidsAsync(WebApplication app, string map, TextWriter output, TextWriter error)
    {
        using var scope = app.Services.CreateScope();
        if (!await EnsureMigratedAsync(scope.ServiceProvider, error))
        {
            return 1;
        }

        var result = await scope.ServiceProvider.GetRequiredService<Features.Gids.GidsImporter>().ImportAsync(map);
        if (!result.Gelukt)
        {
            await error.WriteLineAsync($"Import van de gids geweigerd: {result.Fouten.Count} fout(en). Er is niets gewijzigd.");
            foreach (var fout in result.Fouten)
            {
                await error.WriteLineAsync("  " + fout);
            }

            return 1;
        }

        foreach (var regel in result.Regels)
        {
            await output.WriteLineAsync(regel);
        }

        return 0;
    }

    private static async Task<int> ImportAsync(WebApplication app, string[] files, bool overschrijf, TextWriter output, TextWriter error)
    {
        using var scope = app.Services.CreateScope();
        if (!await EnsureMigratedAsync(scope.ServiceProvider, error))
        {
            return 1;
        }

        var result = await scope.ServiceProvider.GetRequiredService<SocialeKaartImporter>().ImportAsync(files, overschrijf);
        foreach (var warning in result.Waarschuwingen)
        {
            await output.WriteLineAsync("Let op: " + warning);
        }

        if (!result.Gelukt)
        {
            await error.WriteLineAsync($"Import geweigerd: {result.Fouten.Count} fout(en). Er is niets gewijzigd.");
            foreach (var fout in result.Fouten)
            {
                await error.WriteLineAsync("  " + fout);
            }

            return 1;
        }

        await output.WriteLineAsync(
            $"Import gelukt: {result.Organisaties} organisaties met {result.Aanbod} aanbod, {result.Scholen} scholen, " +
            $"{result.Brugfiguren} brugfiguren, {result.Samenwerkingen} samenwerkingen.");
        if (result.Overgeslagen > 0)
        {
            await output.WriteLineAsync(
                $"{result.Overgeslagen} {(result.Overgeslagen == 1 ? "profiel" : "profielen")} overgeslagen omdat ze in het portaal gewijzigd werden " +
                "(zie 'Let op' hierboven). Gebruik --overschrijf om ze toch te overschrijven.");
        }

        return 0;
    }

    private static async Task<int> ImportScholenAsync(WebApplication app, string bestand, bool volledig, TextWriter output, TextWriter error)
    {
        if (!File.Exists(bestand))
        {
            await error.WriteLineAsync($"{bestand}: bestand niet gevonden.");
            return 1;
        }

        using var scope = app.Services.CreateScope();
        if (!await EnsureMigratedAsync(scope.ServiceProvider, error))
        {
            return 1;
        }

        await using var stream = File.OpenRead(bestand);
        var result = await scope.ServiceProvider.GetRequiredService<ScholenlijstImporter>().ImportAsync(stream, toepassen: true, volledig);
        foreach (var warning in result.Waarschuwingen)
        {
            await output.WriteLineAsync("Let op: " + warning);
        }

        if (!result.Gelukt)
        {
            await error.WriteLineAsync($"Import geweigerd: {result.Fouten.Count} fout(en). Er is niets gewijzigd.");
            foreach (var fout in result.Fouten)
            {
                await error.WriteLineAsync($"  {Path.GetFileName(bestand)}: {fout}");
            }

            return 1;
        }

        await output.WriteLineAsync(
            $"Officiële lijst ingelezen: {result.Totaal} vestigingsplaatsen, {result.Nieuw} nieuw, {result.Gewijzigd} gewijzigd, {result.Ongewijzigd} ongewijzigd; " +
            $"{result.NietMeerInLijst} niet meer in de officiële lijst, {result.TerugInLijst} terug in de lijst; {result.Gesloten} gesloten.");
        return 0;
    }

    /// <summary>The N of <c>generate-demo --organisations N</c>, between 1 and 100,000.</summary>
    private static int? Aantal(string[] args) =>
        args.Length == 3 && args[1] is "--organisations" or "--organisaties" &&
        int.TryParse(args[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 100_000
            ? n
            : null;

    private static async Task<int> GenerateAsync(WebApplication app, int aantal, TextWriter output, TextWriter error)
    {
        using var scope = app.Services.CreateScope();
        if (!await EnsureMigratedAsync(scope.ServiceProvider, error))
        {
            return 1;
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        await new SyntheticMapGenerator(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), scope.ServiceProvider.GetRequiredService<TimeProvider>()).GenerateAsync(aantal);
        await output.WriteLineAsync($"{aantal} synthetische organisaties aangemaakt in {started.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    private static async Task<int> SendRemindersAsync(WebApplication app, TextWriter output, TextWriter error)
    {
        using var scope = app.Services.CreateScope();
        if (!await EnsureMigratedAsync(scope.ServiceProvider, error))
        {
            return 1;
        }

        var herinneringen = scope.ServiceProvider.GetRequiredService<HerinneringService>();
        var resultaat = await herinneringen.VerstuurAsync();
        var opgeruimd = await herinneringen.RuimAuditOpAsync();
        await output.WriteLineAsync(
            $"Herinneringen verstuurd voor {resultaat.Profielen} {(resultaat.Profielen == 1 ? "profiel" : "profielen")} " +
            $"({resultaat.Mails} {(resultaat.Mails == 1 ? "mail" : "mails")}).");
        await output.WriteLineAsync($"Auditlog opgeruimd: {opgeruimd} oude {(opgeruimd == 1 ? "gebeurtenis" : "gebeurtenissen")} verwijderd.");
        if (resultaat.Mislukt > 0)
        {
            await error.WriteLineAsync($"{resultaat.Mislukt} mail(s) konden niet verstuurd worden; zie het logboek.");
            return 1;
        }

        return 0;
    }

    /// <summary>Migrates when the portal may do so itself; otherwise insists the database is already up to date.</summary>
    private static async Task<bool> EnsureMigratedAsync(IServiceProvider services, TextWriter error)
    {
        if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup)
        {
            await WebSetup.MigrateAsync(services);
            return true;
        }

        if ((await services.GetRequiredService<PortalDbContext>().Database.GetPendingMigrationsAsync()).Any())
        {
            await error.WriteLineAsync("De database is niet bijgewerkt. Voer eerst 'migrate' uit.");
            return false;
        }

        return true;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}

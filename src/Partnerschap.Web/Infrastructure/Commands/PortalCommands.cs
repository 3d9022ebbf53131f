using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;

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
          help                    Toont deze hulp.

        Zonder opdracht start het portaal.
        """;

    public static IServiceCollection AddPortalCommands(this IServiceCollection services) => services;

    /// <summary>A first argument that is not an option (<c>--urls</c>, <c>--environment</c>) names a command.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

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
        await db.Database.MigrateAsync();
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
        if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup)
        {
            await db.Database.MigrateAsync();
        }
        else if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            await error.WriteLineAsync("De database is niet bijgewerkt. Voer eerst 'migrate' uit.");
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

        var link = PasswordLink(services, user, await users.GeneratePasswordResetTokenAsync(user), "wachtwoord-instellen");
        await output.WriteLineAsync($"Beheerder {email} staat klaar.");
        await output.WriteLineAsync("Eenmalige link om het wachtwoord in te stellen (geldig tot de eerste keer gebruikt of na 24 uur):");
        await output.WriteLineAsync(link);
        return 0;
    }

    /// <summary>A link to set or reset a password; the token is base64url so it survives mail clients.</summary>
    public static string PasswordLink(IServiceProvider services, PortalUser user, string token, string path)
    {
        var baseUrl = services.GetRequiredService<IOptions<PortalOptions>>().Value.PublicBaseUrl;
        var code = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(token));
        return QueryHelpers.AddQueryString(new Uri(baseUrl, path).ToString(), new Dictionary<string, string?>
        {
            ["email"] = user.Email,
            ["code"] = code,
        });
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}

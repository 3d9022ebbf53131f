using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;

namespace Partnerschap.Tests.Infrastructure;

/// <summary>Organisations on the test map (Fixtures/kaart.hsds.json) that the freshness tests turn stale or fresh.</summary>
public static class TestKaart
{
    public const string Sleutel = "Huiswerkklas De Sleutel";
    public const string OcmwLeuven = "OCMW Leuven";
    public const string SociaalHuisGent = "Sociaal Huis Gent";
    public const string HuiswerkpuntLeuven = "Huiswerkpunt Leuven";
    public const string HuisVanHetKind = "Huis van het Kind Leuven";
    public const string Zeep = "Hygiëne-atelier De Zeep";
    public const string ClbGent = "CLB Gent Demo";
    public const string DeKring = "Buurtwerk De Kring";

    /// <summary>Sets when the organisation with this name was last checked and, if given, its type.</summary>
    public static async Task ZetGecontroleerdAsync(PortalDbContext db, string naam, DateOnly? gecontroleerd, string? type = null)
    {
        var aantal = await db.Organisaties.Where(o => o.Naam == naam).ExecuteUpdateAsync(s => s.SetProperty(o => o.LaatstGecontroleerd, gecontroleerd));
        Assert.Equal(1, aantal);
        if (type is not null)
        {
            await db.Organisaties.Where(o => o.Naam == naam).ExecuteUpdateAsync(s => s.SetProperty(o => o.Type, type));
        }
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;

namespace Partnerschap.Web.Features.Api.Hsds;

/// <summary>
/// Writes an <see cref="Organisatie"/> and its <see cref="Aanbod"/> as Open Referral HSDS 3.1 objects: the inverse of
/// the import's mapping (docs/import.md, "Open Referral HSDS 3.1 → Organisatie and Aanbod"), so that an export
/// imports into the same public profiles. Only what the public profile shows is written. The API, the NDJSON stream
/// and the datapackage all use these objects (docs/api.md).
/// </summary>
public sealed class HsdsExport(GemeenteLookup gemeenten, Uri portaal)
{
    /// <summary>An address on the portal, as a link that leaves it.</summary>
    public string Adres(string pad) => new Uri(portaal, pad).AbsoluteUri;

    /// <summary>
    /// The organisation. <paramref name="genest"/>: with its phones, contacts, locations, identifiers, attributes and
    /// services (one-to-one fields of each, or fully nested with <paramref name="volledigAanbod"/>); without: only its
    /// one-to-one fields, as in a list.
    /// </summary>
    public JsonObject Organisatie(Organisatie o, bool genest, bool volledigAanbod = false)
    {
        var json = Obj(
            ("id", o.Id.ToString()),
            ("name", o.Naam),
            ("description", o.Beschrijving),
            ("email", o.Email),
            ("website", o.Website),
            ("uri", new Uri(portaal, ProfielUrls.Organisatie(o.Slug)).AbsoluteUri));
        if (!genest)
        {
            return json;
        }

        json.Add("phones", Lijst(Telefoons(o.Id, "organization", "organization_id", o.Telefoon)));
        json.Add("contacts", Lijst(Contacten(o)));
        json.Add("locations", Lijst(o.Locaties.Select((l, i) => Locatie(l, HsdsIds.Afgeleid(o.Id, "location", i), o.Id, o.Talen))));
        json.Add("organization_identifiers", Lijst(o.KboNummer is null ? [] :
        [
            Obj(("id", HsdsIds.Afgeleid(o.Id, "organization_identifier").ToString()), ("organization_id", o.Id.ToString()),
                ("identifier_scheme", "BE-BCE_KBO"), ("identifier_type", "KBO"), ("identifier", o.KboNummer)),
        ]));
        json.Add("attributes", Lijst(OrganisatieAttributen(o)));
        json.Add("services", Lijst(o.Aanbod.OrderBy(a => a.Naam, StringComparer.Ordinal).ThenBy(a => a.Id)
            .Select(a => Aanbod(a, o, volledigAanbod, metOrganisatie: false))));
        return json;
    }

    /// <summary>
    /// A service. Without <paramref name="volledig"/>: its one-to-one fields (a list); with: its attributes, languages,
    /// service areas and service_at_locations too. <paramref name="metOrganisatie"/>: the organisation's one-to-one fields.
    /// </summary>
    public JsonObject Aanbod(Aanbod a, Organisatie o, bool volledig, bool metOrganisatie = true)
    {
        var json = Obj(
            ("id", a.Id.ToString()),
            ("organization_id", o.Id.ToString()),
            ("name", a.Naam),
            ("description", a.Beschrijving),
            ("url", new Uri(portaal, $"{ProfielUrls.Organisatie(o.Slug)}#a-{a.Id:N}").AbsoluteUri),
            ("status", a.Actief ? "active" : "inactive"),
            ("fees_description", a.Kosten),
            ("assured_date", o.LaatstGecontroleerd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("last_modified", o.LaatstGewijzigd.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
        if (metOrganisatie)
        {
            json.Add("organization", Organisatie(o, genest: false));
        }

        if (!volledig)
        {
            return json;
        }

        json.Add("attributes", Lijst(
            Attributen(a.Id, "service", HsdsTaxonomieen.Aanleiding, a.Aanleidingen)
                .Concat(Attributen(a.Id, "service", HsdsTaxonomieen.Samenwerkingsvorm, a.Samenwerkingsvormen))
                .Concat(Attributen(a.Id, "service", HsdsTaxonomieen.Doelgroep, a.Doelgroepen))));
        json.Add("languages", Lijst(Talen(a.Id, "service_id", a.Talen)));
        json.Add("service_areas", Lijst(a.Werkingsgebied.Select((g, i) => Obj(
            ("id", HsdsIds.Afgeleid(a.Id, "service_area", i).ToString()),
            ("service_id", a.Id.ToString()),
            ("name", GebiedNaam(g)),
            ("description", GebiedOmschrijving(g))))));
        json.Add("service_at_locations", Lijst(a.Locaties.Select((l, i) => ServiceAtLocation(a, o, i, volledig: true, metAanbod: false))));
        return json;
    }

    /// <summary>The id of the <paramref name="index"/>th service_at_location of an aanbod (one per address).</summary>
    public static Guid ServiceAtLocationId(Guid aanbod, int index) => HsdsIds.Afgeleid(aanbod, "service_at_location", index);

    /// <summary>An aanbod at one of its addresses, with the location; <paramref name="metAanbod"/>: with the service too.</summary>
    public JsonObject ServiceAtLocation(Aanbod a, Organisatie o, int index, bool volledig, bool metAanbod = true)
    {
        var locatieId = HsdsIds.Afgeleid(a.Id, "location", index);
        var json = Obj(
            ("id", ServiceAtLocationId(a.Id, index).ToString()),
            ("service_id", a.Id.ToString()),
            ("location_id", locatieId.ToString()),
            ("location", Locatie(a.Locaties[index], locatieId, o.Id, [])));
        if (metAanbod)
        {
            json.Add("service", Aanbod(a, o, volledig));
        }

        return json;
    }

    /// <summary>A taxonomy term as HSDS writes it, with its taxonomy's details when asked.</summary>
    public JsonObject Term(HsdsTaxonomie taxonomie, Term term, bool metTaxonomie = false)
    {
        var json = Obj(
            ("id", HsdsIds.Term(taxonomie.Code, term.Code).ToString()),
            ("code", term.Code),
            ("name", term.Label),
            ("description", term.Uitleg),
            ("taxonomy", taxonomie.Code),
            ("taxonomy_id", taxonomie.Id.ToString()),
            ("language", "nl"));
        if (metTaxonomie)
        {
            json.Add("taxonomy_detail", Taxonomie(taxonomie));
        }

        return json;
    }

    public JsonObject Taxonomie(HsdsTaxonomie taxonomie) => Obj(
        ("id", taxonomie.Id.ToString()),
        ("name", taxonomie.Code),
        ("description", taxonomie.Beschrijving),
        ("uri", new Uri(portaal, $"/api/hsds/taxonomies/{taxonomie.Id}").AbsoluteUri),
        ("version", "1"));

    /// <summary>The profiel attributes, the type and the organisation's vocabularies (the import's inverse).</summary>
    private IEnumerable<JsonObject> OrganisatieAttributen(Organisatie o)
    {
        var profiel = new List<(string Code, string? Waarde)>
        {
            ("status", o.Status switch
            {
                OrganisatieStatus.TijdelijkGesloten => "tijdelijk-gesloten",
                OrganisatieStatus.Stopgezet => "stopgezet",
                _ => "actief",
            }),
            ("laatst-gecontroleerd", o.LaatstGecontroleerd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("toegang-ouders", o.ToegangOuders),
            ("toegang-professionals", o.ToegangProfessionals),
            ("gedeelde-informatie", o.GedeeldeInformatie),
            ("kosten", o.Kosten),
            ("openingsuren", o.Openingsuren),
        };
        return Attributen(o.Id, "organization", HsdsTaxonomieen.Organisatietype, [o.Type])
            .Concat(Attributen(o.Id, "organization", HsdsTaxonomieen.Aanleiding, o.Aanleidingen))
            .Concat(Attributen(o.Id, "organization", HsdsTaxonomieen.Samenwerkingsvorm, o.Samenwerkingsvormen.Select(v => v.Code), code => o.Samenwerkingsvormen.First(v => v.Code == code).Toelichting))
            .Concat(Attributen(o.Id, "organization", HsdsTaxonomieen.Doelgroep, o.Doelgroepen))
            .Concat(Attributen(o.Id, "organization", HsdsTaxonomieen.Profiel,
                profiel.Where(p => !string.IsNullOrWhiteSpace(p.Waarde)).Select(p => p.Code), code => profiel.First(p => p.Code == code).Waarde));
    }

    /// <summary>One attribute per code; a code outside the vocabulary (never saved by the portal) is left out.</summary>
    private IEnumerable<JsonObject> Attributen(Guid eigenaar, string entiteit, string taxonomieCode, IEnumerable<string> codes, Func<string, string?>? waarde = null)
    {
        var taxonomie = HsdsTaxonomieen.Alle.First(t => t.Code == taxonomieCode);
        foreach (var code in codes)
        {
            if (Vocabulaire.Vind(taxonomie.Termen, code) is not { } term)
            {
                continue;
            }

            yield return Obj(
                ("id", HsdsIds.Afgeleid(eigenaar, $"attribute:{taxonomieCode}:{code}").ToString()),
                ("link_id", eigenaar.ToString()),
                ("link_type", taxonomieCode),
                ("link_entity", entiteit),
                ("taxonomy_term_id", HsdsIds.Term(taxonomieCode, code).ToString()),
                ("value", waarde?.Invoke(code)),
                ("taxonomy_term", Term(taxonomie, term)));
        }
    }

    private IEnumerable<JsonObject> Contacten(Organisatie o)
    {
        var a = o.Aanspreekpunt;
        if (a is null || (a.Naam, a.Functie, a.Email, a.Telefoon) is (null, null, null, null))
        {
            yield break;
        }

        var id = HsdsIds.Afgeleid(o.Id, "contact");
        var contact = Obj(
            ("id", id.ToString()),
            ("organization_id", o.Id.ToString()),
            ("name", a.Naam),
            ("title", a.Functie),
            ("email", a.Email));
        contact.Add("phones", Lijst(Telefoons(id, "contact", "contact_id", a.Telefoon)));
        contact.Add("attributes", Lijst(Attributen(id, "contact", HsdsTaxonomieen.Contactrol, ["aanspreekpunt-scholen"])));
        yield return contact;
    }

    private static IEnumerable<JsonObject> Telefoons(Guid eigenaar, string rol, string sleutel, string? nummer)
    {
        if (!string.IsNullOrWhiteSpace(nummer))
        {
            yield return Obj(("id", HsdsIds.Afgeleid(eigenaar, "phone:" + rol).ToString()), (sleutel, eigenaar.ToString()), ("number", nummer));
        }
    }

    private static IEnumerable<JsonObject> Talen(Guid eigenaar, string sleutel, IEnumerable<string> codes) =>
        codes.Select((code, i) => Obj(
            ("id", HsdsIds.Afgeleid(eigenaar, "language", i).ToString()),
            (sleutel, eigenaar.ToString()),
            ("name", TaalNamen.Naam(code)),
            ("code", code)));

    private JsonObject Locatie(Locatie l, Guid id, Guid organisatie, IEnumerable<string> talen)
    {
        var gemeente = gemeenten.OpNis(l.GemeenteNis);
        var json = Obj(
            ("id", id.ToString()),
            ("organization_id", organisatie.ToString()),
            ("location_type", "physical"),
            ("name", l.Naam),
            ("latitude", l.Latitude),
            ("longitude", l.Longitude));
        json.Add("languages", Lijst(Talen(id, "location_id", talen)));
        json.Add("addresses", new JsonArray(Obj(
            ("id", HsdsIds.Afgeleid(id, "address").ToString()),
            ("location_id", id.ToString()),
            ("address_1", l.Straat ?? string.Empty),
            ("city", gemeente?.Naam ?? l.Plaats ?? string.Empty),
            ("state_province", gemeente is null ? string.Empty : gemeente.Gewest == "Brussel" ? "Brussels Hoofdstedelijk Gewest" : gemeente.Provincie),
            ("postal_code", l.Postcode ?? string.Empty),
            // Outside Belgium the import keeps the address as written; "ZZ" (unknown) tells it so.
            ("country", gemeente is null ? "ZZ" : "BE"),
            ("address_type", "physical"))));
        json.Add("schedules", Lijst(string.IsNullOrWhiteSpace(l.Openingsuren) ? [] :
            [Obj(("id", HsdsIds.Afgeleid(id, "schedule").ToString()), ("location_id", id.ToString()), ("description", l.Openingsuren))]));
        return json;
    }

    /// <summary>
    /// What the import reads back as the same area: the gemeente's name when that name means only this gemeente, else its
    /// NIS code (a 2025 merged name would mean all its former gemeenten); "provincie X"; "Vlaanderen" or "Brussel".
    /// </summary>
    private string GebiedNaam(Gebied g) => g.Soort switch
    {
        GebiedSoort.Gewest => g.Code,
        GebiedSoort.Provincie => "provincie " + g.Code,
        _ => gemeenten.OpNis(g.Code) is { } gemeente && gemeenten.OpNaam(gemeente.Naam) is [var enige] && enige.NisCode == g.Code
            ? gemeente.Naam
            : g.Code,
    };

    private string GebiedOmschrijving(Gebied g) => g.Soort switch
    {
        GebiedSoort.Gewest => g.Code == "Brussel" ? "Heel Brussel" : "Heel Vlaanderen",
        GebiedSoort.Provincie => "Provincie " + g.Code,
        _ => gemeenten.OpNis(g.Code) is { } gemeente ? $"{gemeente.Weergavenaam} (NIS-code {g.Code})" : g.Code,
    };

    /// <summary>An object without the properties that have no value.</summary>
    private static JsonObject Obj(params (string Naam, object? Waarde)[] velden)
    {
        var json = new JsonObject();
        foreach (var (naam, waarde) in velden)
        {
            switch (waarde)
            {
                case null:
                case string s when string.IsNullOrWhiteSpace(s) && naam is not ("description" or "address_1" or "city" or "state_province" or "postal_code"):
                    break;
                case string s:
                    json.Add(naam, s);
                    break;
                case double d:
                    json.Add(naam, d);
                    break;
                case JsonNode node:
                    json.Add(naam, node);
                    break;
                default:
                    throw new ArgumentException($"{naam}: {waarde.GetType()}", nameof(velden));
            }
        }

        return json;
    }

    private static JsonArray Lijst(IEnumerable<JsonNode> items) => new([.. items]);
}

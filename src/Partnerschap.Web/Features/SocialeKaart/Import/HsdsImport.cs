using System.Globalization;
using System.Text.Json;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.SocialeKaart.Import;

/// <summary>
/// Reads Open Referral HSDS 3.1 organisations (with nested services, locations, contacts, phones, schedules,
/// service areas and attributes) into <see cref="Organisatie"/> and <see cref="Aanbod"/>. It only reads and
/// validates: every problem is collected with its line and path, and nothing is written. Every mapping is
/// documented in docs/import.md.
/// </summary>
public sealed class HsdsImport(GemeenteLookup gemeenten) : ImportReader
{
    public List<string> Waarschuwingen { get; } = [];

    /// <summary>The organisations read since the last <see cref="Vergeet"/>.</summary>
    public List<Organisatie> Organisaties { get; } = [];

    /// <summary>The id of every organisation read, with how often it occurs.</summary>
    private readonly Dictionary<Guid, int> _organisaties = [];

    /// <summary>The id of every aanbod read, with how often it occurs.</summary>
    private readonly Dictionary<Guid, int> _aanbod = [];

    public IEnumerable<Guid> OrganisatieIds => _organisaties.Keys;

    /// <summary>Every aanbod id with the organisation it first came with (id and name, for the message).</summary>
    public Dictionary<Guid, (Guid Organisatie, string Naam)> AanbodEigenaars { get; } = [];

    /// <summary>One record of a file (<see cref="JsonItems"/>): an organisation of a list, or the root of the file.</summary>
    public override void Lees(JsonItem item)
    {
        Begin(item);
        if (item.Path.Length == 0 && item.Element.ValueKind != JsonValueKind.Object)
        {
            Error(string.Empty, "Het bestand bevat geen HSDS-organisaties (verwacht: een lijst van 'organization'-objecten).");
        }
        else if (item.Path == item.Lijst)
        {
            Error(item.Path, $"'{item.Lijst}' moet een lijst zijn.");
        }
        else
        {
            LeesOrganisatie(item.Element, item.Path);
        }
    }

    /// <summary>The checks over all organisations of the file, after its last record.</summary>
    public void Finish()
    {
        End();
        foreach (var (id, aantal) in _organisaties.Where(o => o.Value > 1))
        {
            Error(string.Empty, $"De organisatie-id {id} komt {aantal} keer voor.");
        }

        foreach (var (id, aantal) in _aanbod.Where(a => a.Value > 1))
        {
            Error(string.Empty, $"De aanbod-id (service id) {id} komt {aantal} keer voor.");
        }
    }

    public override void Vergeet() => Organisaties.Clear();

    private static void Tel(Dictionary<Guid, int> ids, Guid id) => ids[id] = ids.GetValueOrDefault(id) + 1;

    private void LeesOrganisatie(JsonElement org, string path)
    {
        if (org.ValueKind != JsonValueKind.Object)
        {
            Error(path, "Elke organisatie moet een JSON-object zijn.");
            return;
        }

        var naam = Text(org, "name", path, required: true, max: Veldlengtes.Naam) ?? "(zonder naam)";
        var label = $"organisatie \"{naam}\"";
        var id = Id(org, path, label);
        var foreign = IsForeign(org);
        var organisatie = new Organisatie
        {
            Id = id,
            Naam = naam,
            Slug = string.Empty,
            Type = "andere",
            Beschrijving = Text(org, "description", path, max: Veldlengtes.Beschrijving) ?? string.Empty,
            Email = Email(org, "email", path, label),
            Website = Url(org, "website", path, label),
        };

        organisatie.Telefoon = FirstPhone(org, path);
        LeesIdentificaties(org, path, label, organisatie);
        LeesAttributen(org, path, label, organisatie, out var laatstGecontroleerd);
        LeesContacten(org, path, label, organisatie);
        organisatie.Locaties = LeesLocaties(Items(org, "locations", path), label, foreign, out var openingsuren, out var talen);
        organisatie.Openingsuren ??= openingsuren;

        var services = 0;
        foreach (var (service, servicePath) in Items(org, "services", path))
        {
            var aanbod = LeesAanbod(service, servicePath, $"{label}, aanbod", foreign, organisatie);
            if (aanbod is not null)
            {
                organisatie.Aanbod.Add(aanbod);
                if (DateOnly.TryParse(Str(service, "assured_date"), CultureInfo.InvariantCulture, out var assured) &&
                    (laatstGecontroleerd is null || assured > laatstGecontroleerd))
                {
                    laatstGecontroleerd = assured;
                }
            }

            services++;
        }

        // The organisation serves where its aanbod is offered; languages are those of its places and services.
        organisatie.Werkingsgebied = [.. organisatie.Aanbod.SelectMany(a => a.Werkingsgebied).DistinctBy(g => (g.Soort, g.Code))
            .Select(g => new Gebied { Soort = g.Soort, Code = g.Code })]; // owned values cannot be shared between owners
        organisatie.Talen = [.. talen.Concat(organisatie.Aanbod.SelectMany(a => a.Talen)).Distinct()];
        organisatie.Aanleidingen = [.. organisatie.Aanleidingen.Concat(organisatie.Aanbod.SelectMany(a => a.Aanleidingen)).Distinct()];
        organisatie.Doelgroepen = [.. organisatie.Doelgroepen.Concat(organisatie.Aanbod.SelectMany(a => a.Doelgroepen)).Distinct()];
        foreach (var vorm in organisatie.Aanbod.SelectMany(a => a.Samenwerkingsvormen).Distinct())
        {
            if (organisatie.Samenwerkingsvormen.All(v => v.Code != vorm))
            {
                organisatie.Samenwerkingsvormen.Add(new VormToelichting { Code = vorm });
            }
        }

        organisatie.LaatstGecontroleerd = laatstGecontroleerd;
        if (organisatie.Locaties.Count == 0 && organisatie.Werkingsgebied.Count == 0)
        {
            Waarschuw(path, $"{label}: heeft geen adres (locations) en geen werkingsgebied (service_areas); zoeken op gemeente vindt ze niet.");
        }

        Organisaties.Add(organisatie);
        Tel(_organisaties, organisatie.Id);
        foreach (var aanbod in organisatie.Aanbod)
        {
            Tel(_aanbod, aanbod.Id);
            AanbodEigenaars.TryAdd(aanbod.Id, (organisatie.Id, organisatie.Naam));
        }
    }

    private Aanbod? LeesAanbod(JsonElement service, string path, string label, bool foreign, Organisatie organisatie)
    {
        var naam = Text(service, "name", path, required: true, max: Veldlengtes.Naam) ?? "(zonder naam)";
        label = $"{label} \"{naam}\"";
        var aanbod = new Aanbod
        {
            Id = Id(service, path, label),
            OrganisatieId = organisatie.Id,
            Naam = naam,
            Beschrijving = Text(service, "description", path, max: Veldlengtes.Beschrijving) ?? string.Empty,
            Actief = Str(service, "status") is null or "active",
            UitImport = true,
        };

        var kosten = Items(service, "cost_options", path)
            .Select(c => Str(c.Element, "option") ?? (c.Element.TryGetProperty("amount", out var amount) && amount.ValueKind == JsonValueKind.Number
                ? amount.GetDecimal() == 0 ? "Gratis" : string.Create(Infrastructure.Nl.Cultuur, $"€ {amount.GetDecimal():0.00}")
                : null))
            .Where(k => k is not null);
        aanbod.Kosten = string.Join("; ", kosten.Append(Str(service, "fees_description")).Where(k => !string.IsNullOrWhiteSpace(k)).Distinct());
        if (aanbod.Kosten.Length == 0)
        {
            aanbod.Kosten = null;
        }

        foreach (var (attribute, attributePath) in Items(service, "attributes", path))
        {
            var (taxonomy, code, _) = Term(attribute, attributePath);
            switch (taxonomy)
            {
                case "aanleiding":
                    AddCode(aanbod.Aanleidingen, Vocabulaire.Aanleidingen, code, attributePath, label, "aanleiding");
                    break;
                case "samenwerkingsvorm":
                    AddCode(aanbod.Samenwerkingsvormen, Vocabulaire.Samenwerkingsvormen, code, attributePath, label, "samenwerkingsvorm");
                    break;
                case "doelgroep":
                    AddCode(aanbod.Doelgroepen, Vocabulaire.Doelgroepen, code, attributePath, label, "doelgroep");
                    break;
            }
        }

        aanbod.Talen = [.. Languages(service, path, label)];
        // HSDS 3.1 puts a service's addresses in service_at_locations[].location; older files in locations[].
        var locaties = Items(service, "locations", path).Concat(Items(service, "service_at_locations", path)
            .Where(s => s.Element.ValueKind == JsonValueKind.Object && s.Element.TryGetProperty("location", out var l) && l.ValueKind == JsonValueKind.Object)
            .Select(s => (s.Element.GetProperty("location"), $"{s.Path}.location")));
        aanbod.Locaties = LeesLocaties(locaties, label, foreign, out _, out _);
        foreach (var (area, areaPath) in Items(service, "service_areas", path))
        {
            foreach (var gebied in Area(area, areaPath, label, foreign))
            {
                if (!aanbod.Werkingsgebied.Any(g => g.Soort == gebied.Soort && g.Code == gebied.Code))
                {
                    aanbod.Werkingsgebied.Add(gebied);
                }
            }
        }

        return aanbod;
    }

    private void LeesIdentificaties(JsonElement org, string path, string label, Organisatie organisatie)
    {
        foreach (var (identifier, idPath) in Items(org, "organization_identifiers", path))
        {
            var type = Str(identifier, "identifier_type");
            if (type is not null && (type.Equals("KBO", StringComparison.OrdinalIgnoreCase) || type.Equals("BCE", StringComparison.OrdinalIgnoreCase)))
            {
                var value = Str(identifier, "identifier");
                organisatie.KboNummer = Kbo.Normaliseer(value);
                if (organisatie.KboNummer is null)
                {
                    Error($"{idPath}.identifier", $"{label}: '{value}' is geen geldig KBO-nummer (10 cijfers, controlegetal klopt niet).");
                }
            }
        }
    }

    private void LeesAttributen(JsonElement org, string path, string label, Organisatie organisatie, out DateOnly? laatstGecontroleerd)
    {
        laatstGecontroleerd = null;
        var types = new List<string>();
        foreach (var (attribute, attributePath) in Items(org, "attributes", path))
        {
            var (taxonomy, code, value) = Term(attribute, attributePath);
            switch (taxonomy)
            {
                case "organisatietype":
                    AddCode(types, Vocabulaire.Organisatietypes, code, attributePath, label, "organisatietype");
                    break;
                case "aanleiding":
                    AddCode(organisatie.Aanleidingen, Vocabulaire.Aanleidingen, code, attributePath, label, "aanleiding");
                    break;
                case "doelgroep":
                    AddCode(organisatie.Doelgroepen, Vocabulaire.Doelgroepen, code, attributePath, label, "doelgroep");
                    break;
                case "samenwerkingsvorm":
                    var vormen = new List<string>();
                    if (AddCode(vormen, Vocabulaire.Samenwerkingsvormen, code, attributePath, label, "samenwerkingsvorm"))
                    {
                        organisatie.Samenwerkingsvormen.RemoveAll(v => v.Code == code);
                        organisatie.Samenwerkingsvormen.Add(new VormToelichting { Code = code!, Toelichting = Limit(value, Veldlengtes.Toelichting, $"{attributePath}.value", label) });
                    }

                    break;
                case "profiel":
                    LeesProfielveld(organisatie, code, value, attributePath, label, ref laatstGecontroleerd);
                    break;
                default:
                    // Other taxonomies (e.g. a regional classification) are not ours; they are ignored.
                    break;
            }
        }

        if (types.Count > 1)
        {
            Error(path, $"{label}: heeft {types.Count} organisatietypes ({string.Join(", ", types)}); kies er één.");
        }

        organisatie.Type = types.FirstOrDefault() ?? "andere";
    }

    private void LeesProfielveld(Organisatie organisatie, string? code, string? value, string path, string label, ref DateOnly? laatstGecontroleerd)
    {
        var valuePath = $"{path}.value";
        switch (code)
        {
            case "status":
                organisatie.Status = value switch
                {
                    "actief" => OrganisatieStatus.Actief,
                    "tijdelijk-gesloten" => OrganisatieStatus.TijdelijkGesloten,
                    "stopgezet" => OrganisatieStatus.Stopgezet,
                    _ => Invalid(OrganisatieStatus.Actief, valuePath, $"{label}: status '{value}' bestaat niet (actief, tijdelijk-gesloten of stopgezet)."),
                };
                break;
            case "laatst-gecontroleerd":
                if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    laatstGecontroleerd = date;
                }
                else
                {
                    Error(valuePath, $"{label}: laatst-gecontroleerd '{value}' is geen datum (JJJJ-MM-DD).");
                }

                break;
            case "toegang-ouders":
                organisatie.ToegangOuders = Limit(value, Veldlengtes.LangeTekst, valuePath, label);
                break;
            case "toegang-professionals":
                organisatie.ToegangProfessionals = Limit(value, Veldlengtes.LangeTekst, valuePath, label);
                break;
            case "gedeelde-informatie":
                organisatie.GedeeldeInformatie = Limit(value, Veldlengtes.LangeTekst, valuePath, label);
                break;
            case "kosten":
                organisatie.Kosten = Limit(value, Veldlengtes.Kosten, valuePath, label);
                break;
            case "openingsuren":
                organisatie.Openingsuren = Limit(value, Veldlengtes.Openingsuren, valuePath, label);
                break;
            default:
                Error($"{path}.taxonomy_term.code", $"{label}: onbekend profielveld '{code}'.");
                break;
        }
    }

    private void LeesContacten(JsonElement org, string path, string label, Organisatie organisatie)
    {
        foreach (var (contact, contactPath) in Items(org, "contacts", path))
        {
            var isSchoolContact = Items(contact, "attributes", contactPath)
                .Select(a => Term(a.Element, a.Path))
                .Any(t => t.Taxonomy == "contactrol" && t.Code == "aanspreekpunt-scholen");
            if (!isSchoolContact && organisatie.Aanspreekpunt is not null)
            {
                continue;
            }

            organisatie.Aanspreekpunt = new Aanspreekpunt
            {
                Naam = Text(contact, "name", contactPath, max: Veldlengtes.Naam),
                Functie = Text(contact, "title", contactPath, max: Veldlengtes.Naam) ?? Text(contact, "department", contactPath, max: Veldlengtes.Naam),
                Email = Email(contact, "email", contactPath, label),
                Telefoon = FirstPhone(contact, contactPath),
            };
            if (isSchoolContact)
            {
                break;
            }
        }
    }

    private List<Locatie> LeesLocaties(IEnumerable<(JsonElement Element, string Path)> locations, string label, bool foreign, out string? openingsuren, out List<string> talen)
    {
        var locaties = new List<Locatie>();
        var uren = new List<string>();
        talen = [];
        foreach (var (location, locationPath) in locations)
        {
            if (Str(location, "location_type") == "virtual")
            {
                continue;
            }

            talen.AddRange(Languages(location, locationPath, label));
            var (address, addressPath) = Items(location, "addresses", locationPath).FirstOrDefault();
            var postcode = address.ValueKind == JsonValueKind.Object ? Str(address, "postal_code") : null;
            var city = address.ValueKind == JsonValueKind.Object ? Str(address, "city") : null;
            var gemeente = gemeenten.OpPostcode(postcode) ?? gemeenten.Vind(city);
            if (gemeente is null && !foreign)
            {
                Error(addressPath ?? locationPath, $"{label}: adres met postcode '{postcode}' en gemeente '{city}' ligt niet in Vlaanderen of Brussel.");
                continue;
            }

            var positie = gemeente is null ? null : ((double Latitude, double Longitude)?)gemeenten.Positie(gemeente, postcode, city);
            var latitude = Number(location, "latitude", locationPath, label, -90, 90) ?? positie?.Latitude;
            var longitude = Number(location, "longitude", locationPath, label, -180, 180) ?? positie?.Longitude;
            if (latitude is null || longitude is null)
            {
                Waarschuw(locationPath, $"{label}: adres zonder gemeente in Vlaanderen of Brussel en zonder geldige coördinaten; overgeslagen.");
                continue;
            }
            var schedule = Schedules(location, locationPath);
            if (schedule is not null)
            {
                uren.Add(schedule);
            }

            locaties.Add(new Locatie
            {
                Naam = Text(location, "name", locationPath, max: Veldlengtes.Naam),
                Straat = address.ValueKind == JsonValueKind.Object ? Text(address, "address_1", addressPath!, max: Veldlengtes.Naam) : null,
                Postcode = postcode,
                GemeenteNis = gemeente?.NisCode,
                Plaats = gemeente?.Weergavenaam ?? city,
                Latitude = latitude.Value,
                Longitude = longitude.Value,
                Openingsuren = schedule,
            });
        }

        openingsuren = uren.Count > 0 ? string.Join(" ", uren.Distinct()) : null;
        return locaties;
    }

    private List<Gebied> Area(JsonElement area, string path, string label, bool foreign)
    {
        var name = Str(area, "name")?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            Error(path, $"{label}: een werkingsgebied (service_area) zonder naam.");
            return [];
        }

        if (Slugs.Fold(name) is "vlaanderen" or "vlaams gewest")
        {
            return [new Gebied { Soort = GebiedSoort.Gewest, Code = "Vlaanderen" }];
        }

        if (Slugs.Fold(name) is "brussel" or "brussels hoofdstedelijk gewest" or "bruxelles" or "brussels")
        {
            return [new Gebied { Soort = GebiedSoort.Gewest, Code = "Brussel" }];
        }

        // "Antwerpen" is the city (as people write it); the province is "provincie Antwerpen".
        var provincieNaam = Slugs.Fold(name).StartsWith("provincie ", StringComparison.Ordinal) ? name["provincie ".Length..] : name;
        if (gemeenten.Provincie(provincieNaam) is { } provincie && (provincieNaam != name || gemeenten.OpNaam(name).Count == 0))
        {
            return [new Gebied { Soort = GebiedSoort.Provincie, Code = provincie }];
        }

        // A NIS code, a 2019 or old name, or a 2025 merged name (which covers all its former gemeenten); else a
        // deelgemeente or another spelling, as the gemeente it lies in.
        var matches = gemeenten.OpNis(name) is { } byNis ? [byNis] : gemeenten.OpNaam(name);
        if (matches.Count == 0 && gemeenten.Vind(name) is { } plaats)
        {
            matches = [plaats];
        }

        if (matches.Count > 0)
        {
            return [.. matches.Select(g => new Gebied { Soort = GebiedSoort.Gemeente, Code = g.NisCode })];
        }

        if (foreign)
        {
            Waarschuw(path, $"{label}: werkingsgebied '{name}' ligt buiten Vlaanderen en Brussel en wordt overgeslagen.");
            return [];
        }

        Error($"{path}.name", $"{label}: werkingsgebied '{name}' is geen gemeente, provincie, 'Vlaanderen' of 'Brussel'.");
        return [];
    }

    private string? Schedules(JsonElement owner, string path)
    {
        var parts = Items(owner, "schedules", path)
            .Select(s => Str(s.Element, "description") ?? Describe(s.Element))
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .ToList();
        return parts.Count == 0 ? null : string.Join(" ", parts);
    }

    private static string? Describe(JsonElement schedule)
    {
        var days = Str(schedule, "byday");
        var opens = Str(schedule, "opens_at");
        var closes = Str(schedule, "closes_at");
        if (days is null || opens is null || closes is null)
        {
            return null;
        }

        var names = new Dictionary<string, string>
        {
            ["MO"] = "maandag", ["TU"] = "dinsdag", ["WE"] = "woensdag", ["TH"] = "donderdag", ["FR"] = "vrijdag", ["SA"] = "zaterdag", ["SU"] = "zondag",
        };
        var dayText = string.Join(", ", days.Split(',').Select(d => names.GetValueOrDefault(d.Trim(), d.Trim())));
        return $"{dayText}: {opens}–{closes}.";
    }

    private IEnumerable<string> Languages(JsonElement owner, string path, string label)
    {
        foreach (var (language, languagePath) in Items(owner, "languages", path))
        {
            var code = Str(language, "code")?.Trim().ToLowerInvariant();
            if (code is { Length: 2 } && code.All(char.IsAsciiLetterLower))
            {
                yield return code;
            }
            else if (code is { Length: 3 } && code.All(char.IsAsciiLetterLower))
            {
                // ISO 639-3 ("eng", "nld"): accepted by HSDS, mapped where we know the two-letter code.
                var twoLetter = CultureInfo.GetCultures(CultureTypes.NeutralCultures)
                    .FirstOrDefault(c => c.ThreeLetterISOLanguageName == code)?.TwoLetterISOLanguageName;
                if (twoLetter is { Length: 2 })
                {
                    yield return twoLetter;
                }
            }
            else
            {
                Error($"{languagePath}.code", $"{label}: taalcode '{code}' is geen ISO 639-1-code (zoals nl, fr, ar).");
            }
        }
    }

    private string? FirstPhone(JsonElement owner, string path) =>
        Items(owner, "phones", path).Select(p => Str(p.Element, "number")).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));

    private static bool IsForeign(JsonElement org) =>
        org.TryGetProperty("locations", out var locations) && locations.ValueKind == JsonValueKind.Array &&
        locations.EnumerateArray().SelectMany(l => l.TryGetProperty("addresses", out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [])
            .Any(a => Str(a, "country") is { } country && !country.Equals("BE", StringComparison.OrdinalIgnoreCase));

    private void Waarschuw(string path, string message) => Waarschuwingen.Add($"regel {Lines.RegelVan(path)}: {path}: {message}");

    private (string? Taxonomy, string? Code, string? Value) Term(JsonElement attribute, string path)
    {
        if (!attribute.TryGetProperty("taxonomy_term", out var term) || term.ValueKind != JsonValueKind.Object)
        {
            Error(path, "Een attribuut zonder taxonomy_term.");
            return (null, null, null);
        }

        return (Str(term, "taxonomy"), Str(term, "code"), Str(attribute, "value"));
    }

    private bool AddCode(List<string> target, IReadOnlyList<Term> vocabulary, string? code, string path, string label, string what)
    {
        if (Vocabulaire.Vind(vocabulary, code) is null)
        {
            Error($"{path}.taxonomy_term.code", $"{label}: '{code}' is geen geldige {what}. Geldig: {string.Join(", ", vocabulary.Select(t => t.Code))}.");
            return false;
        }

        if (!target.Contains(code!))
        {
            target.Add(code!);
        }

        return true;
    }

    private Guid Id(JsonElement element, string path, string label)
    {
        var id = Str(element, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            Error($"{path}.id", $"{label}: 'id' ontbreekt; zonder id kan een nieuwe import dit record niet bijwerken.");
            return Guid.NewGuid();
        }

        return Guid.TryParse(id, out var guid) ? guid : StableGuid(id);
    }

    /// <summary>A non-GUID id always maps to the same GUID, so an upsert by id still works.</summary>
    public static Guid StableGuid(string id)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("hsds:" + id));
        return new Guid(hash.AsSpan(0, 16));
    }

    private string? Url(JsonElement element, string property, string path, string label)
    {
        var value = Str(element, property)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || value.Length > Veldlengtes.Website)
        {
            Error($"{path}.{property}", $"{label}: '{value}' is geen geldig webadres (http of https).");
            return null;
        }

        return value;
    }

    private double? Number(JsonElement element, string property, string path, string label, double min, double max)
    {
        if (!element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || value.GetDouble() < min || value.GetDouble() > max)
        {
            // Not fatal: the gemeente's centroid is a good stand-in for a wrong coordinate.
            Waarschuw($"{path}.{property}", $"{label}: '{value}' is geen geldige {property}; het midden van de gemeente wordt gebruikt.");
            return null;
        }

        return value.GetDouble();
    }

}

// Kaartweergave on /sociale-kaart: the results of this page as pins on a Leaflet map. An enhancement like site.js:
// without this file, without Leaflet or without tiles the list is all there is. The list is hidden only while the
// visitor chose "Kaart" and the background loads. Positions and popup texts come from the result cards themselves
// (data-lat, data-lon, the name link, the address): no extra request. Leaflet only changes styles through the CSSOM,
// which the CSP style-src 'self' allows; the popups are built as elements, never as HTML strings.
(function () {
    'use strict';

    var blok = document.querySelector('[data-kaartweergave]');
    var lijst = document.querySelector('.treffers');
    if (!blok || !lijst || typeof window.L === 'undefined') {
        return;
    }

    var L = window.L;
    var sleutel = 'partnerschap.sociale-kaart.weergave';
    var knoppen = blok.querySelectorAll('[data-weergave]');
    var vak = blok.querySelector('.kaartweergave-kaart');
    var uitleg = blok.querySelector('[data-kaart-uitleg]');
    var fout = blok.querySelector('[data-kaart-fout]');
    var kaart = null;
    var tegelsFout = false;
    var weergave = 'lijst';

    function onthoud(waarde) {
        try {
            window.sessionStorage.setItem(sleutel, waarde);
        } catch (e) {
            // storage blocked: the choice holds for this page only
        }
    }

    function onthouden() {
        try {
            return window.sessionStorage.getItem(sleutel);
        } catch (e) {
            return null;
        }
    }

    // Text as HTML, for the attribution: Leaflet writes it with innerHTML.
    function alsHtml(tekst) {
        var houder = document.createElement('div');
        houder.textContent = tekst;
        return houder.innerHTML.replace(/"/g, '&quot;');
    }

    function attributie() {
        var tekst = alsHtml(blok.getAttribute('data-attributie') || '');
        var url = blok.getAttribute('data-attributie-url');
        return url ? '<a href="' + alsHtml(url) + '">' + tekst + '</a>' : tekst;
    }

    function popup(kaartje) {
        var link = kaartje.querySelector('h3 a');
        var inhoud = document.createElement('div');
        var naam = document.createElement('a');
        naam.href = link.getAttribute('href');
        naam.className = 'kaartweergave-naam';
        naam.textContent = kaartje.querySelector('.treffer-naam').textContent;
        inhoud.appendChild(naam);
        var adres = kaartje.querySelector('.treffer-adres');
        if (adres) {
            var regel = document.createElement('p');
            regel.textContent = adres.textContent;
            inhoud.appendChild(regel);
        }
        return inhoud;
    }

    function maakKaart() {
        kaart = L.map(vak, { zoomControl: false });
        L.control.zoom({ zoomInTitle: 'Inzoomen', zoomOutTitle: 'Uitzoomen' }).addTo(kaart);
        var tegels = L.tileLayer(blok.getAttribute('data-tegels'), {
            attribution: attributie(),
            maxZoom: parseInt(blok.getAttribute('data-max-zoom'), 10) || 19
        });
        tegels.on('tileerror', function () {
            if (!tegelsFout) {
                tegelsFout = true;
                toon(weergave);
            }
        });
        tegels.addTo(kaart);

        var punten = [];
        lijst.querySelectorAll('.treffer[data-lat]').forEach(function (kaartje) {
            var punt = [parseFloat(kaartje.getAttribute('data-lat')), parseFloat(kaartje.getAttribute('data-lon'))];
            // The link text: the name, and for two results with the same name also the address.
            var naam = kaartje.querySelector('h3 a').textContent.replace(/\s+/g, ' ').trim();
            L.marker(punt, { alt: naam, title: naam, keyboard: true }).bindPopup(popup(kaartje)).addTo(kaart);
            punten.push(punt);
        });
        kaart.fitBounds(punten, { padding: [32, 32], maxZoom: 15 });

        kaart.on('popupopen', function (e) {
            var sluiten = e.popup.getElement().querySelector('.leaflet-popup-close-button');
            if (sluiten) {
                sluiten.setAttribute('aria-label', 'Sluit');
            }
        });
    }

    function toon(keuze) {
        weergave = keuze;
        var metKaart = keuze === 'kaart';
        knoppen.forEach(function (knop) {
            knop.setAttribute('aria-pressed', String(knop.getAttribute('data-weergave') === keuze));
        });
        vak.hidden = !metKaart;
        uitleg.hidden = !metKaart;
        fout.hidden = !(metKaart && tegelsFout);
        // Without a background the pins alone do not say where things are: the list comes back.
        lijst.hidden = metKaart && !tegelsFout;
        if (metKaart) {
            if (kaart === null) {
                maakKaart();
            } else {
                kaart.invalidateSize();
            }
        }
    }

    knoppen.forEach(function (knop) {
        knop.addEventListener('click', function () {
            var keuze = knop.getAttribute('data-weergave');
            onthoud(keuze);
            toon(keuze);
        });
    });

    blok.hidden = false;
    // A visitor who chose the map keeps it on the next page of results and after a new search.
    if (onthouden() === 'kaart') {
        toon('kaart');
    }
}());

// Partnerschap: progressive enhancement only. Every page works without this file; it saves a page load or adds
// a convenience (print button, copy button, a note that stays in the browser). Served from wwwroot, so CSP
// script-src 'self' holds; no inline script, no inline style (the `hidden` attribute, not style.display).
(function () {
    'use strict';

    function aankondigen(tekst) {
        var regio = document.getElementById('aankondiging');
        if (!regio) {
            return;
        }
        // Emptied first, so the same message twice is announced twice.
        regio.textContent = '';
        window.setTimeout(function () { regio.textContent = tekst; }, 50);
    }

    function zichtbaar(element, ja) {
        if (element) {
            element.hidden = !ja;
        }
    }

    // Elements that only make sense with the script, and their no-script stand-ins.
    document.querySelectorAll('[data-zonder-script]').forEach(function (e) { zichtbaar(e, false); });

    // Doorverwijslijst: add or remove without leaving the result. The same POST as without script (antiforgery
    // token from the form); Accept: application/json asks the server for the new state instead of a redirect. One form
    // per card: after success it is turned around (address, text, label) with the texts the server put on the card.
    document.querySelectorAll('[data-doorverwijs]').forEach(function (knop) {
        var formulier = knop.querySelector('form');
        var knopje = formulier.querySelector('button');
        var fout = knop.querySelector('[data-fout]');
        function zetStaat(opLijst) {
            var tekst = knop.getAttribute(opLijst ? 'data-weghalen' : 'data-toevoegen');
            formulier.setAttribute('action', knop.getAttribute(opLijst ? 'data-weghalen-pad' : 'data-toevoegen-pad'));
            formulier.classList.toggle('op-lijst', opLijst);
            zichtbaar(formulier.querySelector('.op-lijst-tekst'), opLijst);
            knopje.textContent = tekst;
            knopje.className = opLijst ? 'link-knop link-knop-zichtbaar' : 'knop knop-tweede';
            knopje.setAttribute('aria-label', tekst + ': ' + knop.getAttribute('data-naam'));
        }
        formulier.addEventListener('submit', function (event) {
            event.preventDefault();
            knopje.disabled = true;
            fetch(formulier.action, {
                method: 'POST',
                body: new URLSearchParams(new FormData(formulier)),
                headers: { 'Accept': 'application/json' },
                credentials: 'same-origin'
            }).then(function (antwoord) {
                if (!antwoord.ok && antwoord.status !== 409) {
                    throw new Error(String(antwoord.status));
                }
                return antwoord.json().then(function (staat) { return { ok: antwoord.ok, staat: staat }; });
            }).then(function (r) {
                knopje.disabled = false;
                fout.textContent = r.ok ? '' : r.staat.melding;
                zichtbaar(fout, !r.ok);
                if (r.ok) {
                    zetStaat(r.staat.opLijst);
                    knopje.focus();
                    document.querySelectorAll('[data-doorverwijslijst-aantal]').forEach(function (aantal) {
                        aantal.textContent = r.staat.aantal > 0 ? ' (' + r.staat.aantal + ')' : '';
                    });
                }
                aankondigen(r.staat.melding + (r.ok ? ' Er staan nu ' + r.staat.aantal + ' items op.' : ''));
            }).catch(function () {
                // Network or server trouble: fall back to the plain form post, which shows a full page.
                knopje.disabled = false;
                formulier.submit();
            });
        });
    });

    // Print button instead of the Ctrl+P hint.
    document.querySelectorAll('[data-afdrukken]').forEach(function (knop) {
        zichtbaar(knop, true);
        knop.addEventListener('click', function () { window.print(); });
    });

    // Copy the share link: the Clipboard API where allowed, else select the text so Ctrl+C works.
    document.querySelectorAll('[data-kopieer]').forEach(function (knop) {
        var veld = document.getElementById(knop.getAttribute('data-kopieer'));
        zichtbaar(knop, true);
        knop.addEventListener('click', function () {
            veld.focus();
            veld.select();
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(veld.value).then(
                    function () { aankondigen('De link is gekopieerd.'); },
                    function () { aankondigen('Kopiëren lukte niet. De link is geselecteerd: druk op Ctrl+C.'); });
            } else {
                aankondigen('De link is geselecteerd: druk op Ctrl+C om hem te kopiëren.');
            }
        });
    });

    // A note for the family: kept in this browser's localStorage only, printed as text under the list.
    var notitie = document.querySelector('[data-notitie]');
    if (notitie) {
        var sleutel = 'partnerschap.doorverwijslijst.notitie';
        var veld = notitie.querySelector('textarea');
        var afdruk = notitie.querySelector('[data-notitie-afdruk]');
        var opslag = null;
        try {
            opslag = window.localStorage;
        } catch (e) {
            opslag = null; // storage blocked: the note still prints, it is just not kept
        }
        var toon = function () { afdruk.textContent = veld.value; };
        veld.value = (opslag && opslag.getItem(sleutel)) || '';
        toon();
        veld.addEventListener('input', function () {
            toon();
            if (opslag) {
                if (veld.value) {
                    opslag.setItem(sleutel, veld.value);
                } else {
                    opslag.removeItem(sleutel);
                }
            }
        });
        notitie.querySelector('[data-notitie-wissen]').addEventListener('click', function () {
            veld.value = '';
            toon();
            if (opslag) {
                opslag.removeItem(sleutel);
            }
            veld.focus();
            aankondigen('De notitie is gewist.');
        });
        // Emptying the list ends the work for this family: the note goes with it.
        document.querySelectorAll('[data-leegmaken]').forEach(function (formulier) {
            formulier.addEventListener('submit', function () {
                if (opslag) {
                    opslag.removeItem(sleutel);
                }
            });
        });
        zichtbaar(notitie, true);
    }

    // Filters beside the results on a wide screen: browsers without ::details-content get the disclosure opened.
    var filters = document.querySelector('details.filters');
    if (filters && window.CSS && !CSS.supports('selector(::details-content)')) {
        var breed = window.matchMedia('(min-width: 48em)');
        var volg = function () { filters.open = breed.matches; };
        volg();
        breed.addEventListener('change', volg);
    }
}());

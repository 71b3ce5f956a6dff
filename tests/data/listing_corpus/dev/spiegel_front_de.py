"""Real page: SPIEGEL ONLINE's front page (spiegel.de, 3 September 2019), saved by
damoeb/rss-proxy for its tests. German. A lead article across the page (<div class="teaser
hp-first-article">), then the main column: teasers (<div class=teaser>: <h2 class=article-title>
whose link holds a kicker <span class=headline-intro> "Nach Beinahe-Crash" and the headline
<span class=headline> "Totalschaden am Kanzlerjet", a picture, an intro ending in a byline
<span class=author> "Von Matthias Gebauer", "mehr...", "[ Video | Forum ]" links), some with a list
of related headlines (<ul class=article-list>), and, below, one block per section (Panorama,
Politik, Wirtschaft, Sport, einestages, Netzwelt…: a section menu, a lead teaser, a list of
headlines, "Mehr Artikel..."). Entries: the lead, every teaser's headline and every listed
headline of the main column (related galleries and videos too), in page order. Titles: the
headline without its kicker; a list item whose kicker runs inline with a colon ("Unterhaus:
Johnsons Gegner wollen…") has its title unscored, since the page does not settle whether the
kicker is part of it. Authors: the byline after "Von"; a byline with a place ("Von Frank
Hornig, Rom") or another form ("Ein Video von …", "Mit …") is unscored; a teaser without a byline
has none. The right column (Schlagzeilen, Top, the magazine box, bestsellers, video and partner
boxes, vouchers), the Meinung box, the SPIEGEL+ highlights box, the section menus, the podcast
players, navigation and footer are not entries. No teaser shows a date.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://www.spiegel.de/"
timezone = "Europe/Berlin"
now = datetime(2019, 9, 3, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.spiegel.de/wirtschaft/unternehmen/usa-kauflust-haelt-weltkonjunktur-in-gang-bisher-a-1284959.html",
        "title": "American Exzess",
        "published": None,
    },
    {
        "link": "https://www.spiegel.de/politik/deutschland/notlandung-eines-regierungsfliegers-totalschaden-am-kanzler-jet-a-1284997.html",
        "title": "Totalschaden am Kanzlerjet",
        "published": None,
        "author": "Matthias Gebauer",
    },
    {
        "link": "https://www.spiegel.de/politik/ausland/brexit-verhandlung-im-live-ticker-kommt-es-zum-aufstand-der-no-deal-gegner-a-1284992.html",
        "title": "Kommt es zum Aufstand der No-Deal-Gegner?",
        "published": None,
    },
    {
        "link": "https://www.spiegel.de/politik/ausland/brexit-no-deal-gegner-planen-aufstand-im-parlament-a-1284908.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/politik/ausland/brexit-boris-johnson-plant-offenbar-neuwahl-im-fall-von-abstimmungsniederlage-a-1284931.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/politik/ausland/ruestungsexporte-regierung-genehmigt-waffenlieferungen-nach-indien-und-algerien-a-1285044.html",
        "title": "Regierung genehmigt Waffenlieferungen nach Indien und Algerien",
        "published": None,
        "author": "Matthias Gebauer",
    },
    {
        "link": "https://www.spiegel.de/wirtschaft/unternehmen/mieten-berliner-senat-will-aufschlaege-von-1-3-prozent-erlauben-a-1285047.html",
        "title": "Berlin will Aufschläge von 1,3 Prozent erlauben",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/plus/nach-den-landtagswahlen-in-sachsen-und-brandenburg-der-tabubruch-a-24125f32-ea8b-47cf-a2fa-4f1bb66f4006",
        "title": "Die Wahlkatastrophe",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/politik/deutschland/sachsen-und-brandenburg-grafiken-karten-analysen-zu-den-landtagswahlen-a-1284967.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/politik/deutschland/sachsen-verhandlungen-fuer-kenia-koalition-koennten-bis-dezember-dauern-a-1284929.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.bento.de/politik/landtagswahl-sachsen-lucie-hammecke-ist-die-juengste-abgeordnete-im-neuen-saechsischen-landtag-a-b69521c1-abdf-4080-98a4-f8ab087467d9#refsponi",
        "title": '"Das werden schwierige Jahre im Landtag"',
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/kultur/gesellschaft/banksy-ratte-vor-centre-pompidou-in-paris-gestohlen-a-1285061.html",
        "title": "Banksy-Kunstwerk in Paris gestohlen",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/plus/ueberall-umweltexperten-kolumne-a-00000000-0002-0001-0000-000165695586",
        "title": "Überall Umweltexperten",
        "published": None,
        "author": "Alexander Osang",
    },
    {
        "link": "https://www.spiegel.de/wissenschaft/natur/bananen-schaedling-tropical-race-4-in-kolumbien-gefaehrdet-beliebte-frucht-a-1284427.html",
        "title": "Die Banane ist vom Aussterben bedroht",
        "published": None,
        "author": "Julia Merlot",
    },
    {
        "link": "https://www.spiegel.de/video/hurrikan-dorian-amateurvideos-zeigen-das-ausmass-der-verwuestung-video-99029425.html",
        "title": "Amateurvideos zeigen Verwüstung auf den Bahamas",
        "published": None,
    },
    {
        "link": "https://www.spiegel.de/panorama/gesellschaft/hurrikan-dorian-fuenf-tote-und-13-000-kaputte-haeuser-auf-den-bahamas-a-1284935.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/wissenschaft/natur/hurrikan-dorian-klimawandel-verstaerkt-tropenstuerme-a-1284894.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/panorama/hessen-drei-arbeiter-stuerzen-von-sendeturm-erste-hinweise-auf-die-ursache-a-1285037.html",
        "title": "Arbeiter fallen 50 Meter in die Tiefe - erste Hinweise auf Unfallursache",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/panorama/hessen-wartungsgondel-abgestuerzt-drei-tote-a-1284972.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/wissenschaft/mensch/peru-archaeologen-finden-ueberreste-von-227-kinderopfern-a-1284389.html",
        "title": "Warum in Peru 227 Kinder geopfert wurden",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/fotostrecke/archaeologie-227-tote-kinder-fuer-die-goetter-fotostrecke-170463.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/plus/illusionsexperimente-so-fuehlt-es-sich-an-ein-vogel-zu-sein-a-00000000-0002-0001-0000-000165695617",
        "title": "So fühlt es sich an, ein Vogel zu sein",
        "published": None,
        "author": "Johann Grolle",
    },
    {
        "link": "https://www.spiegel.de/geschichte/nachwendekinder-unsere-eltern-und-ihr-grosses-schweigen-a-1284210.html",
        "title": "Die blinden Flecken in ostdeutschen Familien",
        "published": None,
        "author": "Peter Wensierski",
    },
    {
        "link": "https://www.spiegel.de/fotostrecke/nachwendekinder-ach-du-kommst-aus-dem-osten-fotostrecke-170388.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/karriere/beruf-versicherungskaufmann-schaebig-und-unprofessionell-a-1282552.html",
        "title": '"In meinen Augen schäbig und unprofessionell"',
        "published": None,
    },
    {
        "link": "https://www.spiegel.de/sport/fussball/fussball-live-liveticker-tabellen-und-statistiken-a-839944.html#contest=emqfr&matchday=1&match=4566159",
        "title": "DFB-Team trifft auf den stärksten Gruppengegner Ukraine",
        "published": None,
    },
    {
        "link": "https://www.spiegel.de/plus/marcelinho-wie-verkraftet-der-ex-fussballstar-das-ende-seiner-karriere-a-00000000-0002-0001-0000-000165695610",
        "title": "Er verdient im Monat so viel, wie er früher pro Woche vertelefoniert hat",
        "published": None,
        "author": "Marian Blasberg",
    },
    {
        "link": "https://www.spiegel.de/stil/hotel-waldhaus-sils-eine-legende-wird-111-jahre-alt-a-1284409.html",
        "title": "Das Hotel, das Hollywood Modell stand",
        "published": None,
        "author": "Jochen Overbeck",
    },
    {
        "link": "https://www.spiegel.de/fotostrecke/hotel-waldhaus-sils-eine-legende-wird-111-jahre-alt-fotostrecke-170414.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/panorama/leute/prinz-harry-reagiert-auf-kritik-wegen-privatjet-reisen-a-1285042.html",
        "title": '"Die Frage ist, was wir tun, um das wieder auszugleichen"',
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/panorama/justiz/berlin-mord-in-moabit-polizei-veroeffentlicht-fotos-a-1285046.html",
        "title": "Mord an Exil-Georgier - Polizei veröffentlicht Fotos",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/panorama/justiz/usa-14-jaehriger-soll-fuenf-familienmitglieder-erschossen-haben-a-1285056.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/panorama/leute/justin-bieber-veroeffentlicht-post-ueber-die-kehrseite-seines-erfolgs-a-1284989.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/politik/ausland/italien-fuenf-sterne-basis-stimmt-ueber-schicksal-der-koalition-ab-a-1284990.html",
        "title": "Ein paar tausend Italiener stimmen über die Zukunft des ganzen Landes ab",
        "published": None,
    },
    {
        "link": "https://www.spiegel.de/politik/ausland/iranischer-tanker-adrian-darya-1-schaltet-offenbar-signal-aus-a-1285030.html",
        "title": 'Iranischer Tanker "Adrian Darya-1" schaltet offenbar Signal aus',
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/video/video-99029424.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/wirtschaft/soziales/argentinien-schlangen-vor-banken-wirtschaftskrise-spitzt-sich-zu-a-1284991.html",
        "title": "Argentinier räumen ihre Konten leer",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/wirtschaft/soziales/bargeld-schweizer-bekommen-neue-100-franken-noten-a-1285017.html",
        "title": "Die Schweizer bekommen neue 100-Franken-Noten",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/wirtschaft/soziales/brexit-britisches-pfund-verliert-stark-an-wert-a-1284837.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/wirtschaft/soziales/co2-zertifikate-csu-fordert-fuer-klimaschutz-offenbar-deutschen-emissionshandel-a-1284948.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/sport/fussball/bakery-jatta-klubs-ziehen-einsprueche-gegen-hamburger-sv-zurueck-a-1285069.html",
        "title": "Nürnberg, Bochum und Karlsruhe ziehen Einspruch gegen HSV-Spiele zurück",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/sport/basketball/usa-bei-der-basketball-wm-2019-die-welt-ist-nicht-genug-a-1284397.html",
        "title": "Die Welt ist nicht genug",
        "published": None,
        "author": "Victor Efevberha",
    },
    {
        "link": "https://www.spiegel.de/sport/basketball/basketball-wm-deutschland-verliert-auch-die-zweite-partie-a-1285009.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/sport/tennis/us-open-alexander-zverev-verliert-achtelfinale-gegen-diego-schwartzmann-a-1284934.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/geschichte/ddr-letzter-ostseefluechtling-mario-waechtler-der-freischwimmer-a-1284180.html",
        "title": "Der Freischwimmer",
        "published": None,
        "author": "Katja Iken",
    },
    {
        "link": "https://www.spiegel.de/video/beginn-des-zweiten-weltkriegs-hitler-stalin-pakt-video-99029336.html",
        "title": "Der Beginn des Grauens",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/geschichte/auto-und-verkehr-mary-ward-war-1869-das-erste-unfallopfer-a-1282234.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/geschichte/ueberfall-auf-sender-gleiwitz-hitlers-vorwand-fuer-den-angriff-auf-polen-a-1283909.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/netzwelt/apps/deepfake-app-zao-sekundenschnell-aus-einem-selfie-deepfakes-erstellen-a-1284951.html",
        "title": "China im Gesichtstausch-Rausch",
        "published": None,
        "author": "Sonja Peteranderl",
    },
    {
        "link": "https://www.spiegel.de/netzwelt/apps/china-wie-die-muslimische-minderheit-der-uiguren-ueberwacht-wird-a-1284783.html",
        "title": "Ein Volk wird gehackt",
        "published": None,
        "author": "Sonja Peteranderl",
    },
    {
        "link": "https://www.spiegel.de/netzwelt/gadgets/ifa-in-berlin-was-samsung-nokia-motorola-und-miele-zeigen-werden-a-1284075.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/netzwelt/gadgets/iphone-spionage-angeblich-gegen-uiguren-gerichtet-a-1284798.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/wissenschaft/natur/brasiliens-amazonas-wo-die-umwelt-gangster-wueten-a-1284599.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/fotostrecke/fotostrecke-170434.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/wissenschaft/natur/usa-wirbelsturm-dorian-zieht-richtung-florida-a-1284795.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/kultur/literatur/booker-prize-margaret-atwood-und-salman-rushdie-nominiert-a-1285035.html",
        "title": "Große Namen auf Booker-Preis-Shortlist",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/kultur/gesellschaft/koons-tulpen-umstrittene-skulptur-erhebt-sich-ueber-paris-a-1285002.html",
        "title": "Zehn-Meter-Tulpen erheben sich über Paris",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/kultur/gesellschaft/tom-zickler-ist-tot-filmproduzent-stirbt-im-alter-von-55-jahren-a-1284984.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/kultur/tv/wer-wird-millionaer-guenther-jauch-so-war-die-jubilaeumsshow-a-1284945.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/auto/aktuell/e-scooter-stiftung-warentest-stellt-viele-maengel-fest-a-1284966.html",
        "title": "Stiftung Warentest hält E-Scooter von Leihanbietern für gefährlich",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/auto/aktuell/diesel-fahrverbote-eugh-verhandelt-ueber-zwangshaft-gegen-deutsche-politiker-a-1284940.html",
        "title": "EuGH verhandelt über Zwangshaft gegen deutsche Politiker",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/fotostrecke/fotostrecke-170449.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/video/e-stehroller-fuer-blinde-werden-sie-zur-stolperfalle-video-99029302.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/reise/aktuell/drei-zinnen-in-den-dolomiten-spanische-bergsteiger-gerettet-a-1285039.html",
        "title": "Kletterer wiesen zweimal Hilfe ab - und ließen sich dann doch retten",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/reise/fernweh/altiplano-in-bolivien-und-chile-hoch-ueber-der-himmelslagune-a-1284860.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/reise/deutschland/dreilaendereck-islek-raues-land-vergessenes-land-a-1284219.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/fotostrecke/fotostrecke-170358.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/lebenundlernen/schule/studie-jeder-fuenfte-schueler-trinkt-regelmaessig-energie-drinks-a-1284961.html",
        "title": "Jeder fünfte Schüler trinkt regelmäßig Energydrinks",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/lebenundlernen/schule/schule-verbannt-harry-potter-buecher-auf-anraten-von-exorzisten-a-1284936.html",
        "title": 'Schule verbannt "Harry Potter"-Bücher - auf Anraten von Exorzisten',
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/lebenundlernen/schule/eu-schulprogramm-obst-und-milch-fuer-millionen-europaeische-schueler-a-1284872.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/lebenundlernen/schule/latein-in-der-schule-warum-die-sprache-im-lehrplan-kaum-sinn-ergibt-a-1284513.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/karriere/motivationsschreiben-verfassen-inhalt-aufbau-praktische-tipps-a-1277379.html",
        "title": "Mit dem Motivationsschreiben überzeugen",
        "published": None,
        "author": "Lorina Ostheim",
    },
    {
        "link": "https://www.spiegel.de/karriere/beruf-tatortreiniger-den-geruch-vom-tod-vergisst-nicht-man-nicht-a-1282659.html",
        "title": '"Gestorben wird immer - ich mache einfach danach sauber"',
        "published": None,
    },
    {
        "link": "https://www.spiegel.de/karriere/deutscher-in-sambia-von-altenheimen-habe-ich-hier-noch-nie-gehoert-a-1281117.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/karriere/radtour-mit-hindernissen-raetsel-der-woche-a-1284420.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/gesundheit/diagnose/nahost-konflikt-freiwillige-retter-ueberwinden-grenzen-a-1275911.html",
        "title": "Israels rasende Rettungssanitäter",
        "published": None,
    },
    {
        "link": "https://www.spiegel.de/gesundheit/ernaehrung/emotionales-essen-was-sie-dagegen-tun-koennen-a-1279680.html",
        "title": "Vorsicht, Trostessen!",
        "published": None,
        "author": "Anne Otto",
    },
    {
        "link": "https://www.spiegel.de/gesundheit/diagnose/ebola-im-kongo-zahl-der-toten-uebersteigt-2000-a-1284439.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/gesundheit/diagnose/wechseljahre-hormontherapie-verdoppelt-brustkrebsrisiko-a-1284387.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.bento.de/future/generation-z-fehlende-motivation-leistungsbereitschaft-stimmen-die-vorurteile-a-e312bb0e-07f6-46db-a34c-ac7a2a2cb174#ref=ressortbox",
        "title": "Was Arbeitgeber an jungen Menschen nicht verstehen",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.bento.de/politik/landtagswahlen-warum-junge-waehler-in-sachsen-und-brandenburg-so-anders-gewaehlt-haben-a-3b981b09-b02a-48e7-a6d9-048ed68dfd96#ref=ressortbox",
        "title": "Warum so viele Millennials die AfD gewählt haben - oder die Grünen",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.bento.de/politik/der-anti-rezo-armin-zeigt-mit-csyou-dass-die-csu-alles-falsch-verstanden-hat-a-925b30fb-9b9a-48ca-9d7a-53eeb3b27477#refsponi ",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.bento.de/gefuehle/bipolare-stoerung-miriam-erzaehlt-von-der-hypomanie-im-bekenner-video-2546489/#ref=ressortbox",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/stil/meersalz-aus-der-menaistrasse-eine-prise-wales-a-1283056.html",
        "title": "Prise von Wales",
        "published": None,
        "author": "Oliver Lück",
    },
    {
        "link": "https://www.spiegel.de/stil/steckruebenpuffer-mit-lachs-und-senf-honig-dill-creme-rezept-a-1283934.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/stil/hot-rod-rennen-festival-der-oldtimer-fans-a-1097915.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/fotostrecke/fotostrecke-170395.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/plus/das-seltsame-spitzenpersonal-der-afd-a-75638508-abb6-40a9-b9d6-d00831d26c97",
        "title": "Das seltsame Spitzenpersonal der AfD",
        "published": None,
        "author": "Harald Schmidt",
    },
    {
        "link": "https://www.spiegel.de/plus/spd-drueckebergerinnen-schwesig-barley-giffey-schwestern-zur-sonne-zur-freiheit-a-00000000-0002-0001-0000-000165695556",
        "title": "Schwestern, zur Sonne, zur Freiheit",
        "published": None,
    },
    {
        "link": "https://www.spiegel.de/plus/die-holzschachtel-in-die-mein-grossvater-den-horror-ritzte-a-00000000-0002-0001-0000-000165695584",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/plus/sprechstunde-wenn-die-schilddruese-probleme-macht-a-1ab579b3-34bc-46ca-9dea-611ab8b1f283",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/auto/fahrkultur/vw-bus-wer-gerne-spart-sollte-auf-einen-bulli-verzichten-a-1283058.html",
        "title": '"Wer gerne spart, sollte auf einen Bulli verzichten"',
        "published": None,
    },
    {
        "link": "https://www.spiegel.de/gesundheit/ernaehrung/intervallfasten-was-wissenschaftlich-ueber-die-diaet-bekannt-ist-a-1283881.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/panorama/leute/helmut-kohl-seine-heimliche-geliebte-beatrice-herbolt-im-spiegel-interview-a-1284564.html",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.spiegel.de/wissenschaft/mensch/klima-die-menschheit-verliert-die-kontrolle-ueber-den-zustand-der-erde-a-1284286.html",
        "published": None,
        "author": None,
    },
]

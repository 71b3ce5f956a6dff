"""Real page: the front page of derStandard.at (Austrian daily, de-AT), saved by damoeb/rss-proxy
for its tests. All teasers are <article> elements inside <main>, grouped in themed <section>s
(Inland, International, Wirtschaft, Diskurs, Lifestyle...). Each is one link (class teaser-inner,
its title attribute = the headline) wrapping a picture, a kicker (<p class=teaser-kicker>: a
topic, or the author's name on opinion pieces), a posting count ("1.913 Postings"), the <h1
class=teaser-title> headline and a subtitle. A few stories appear twice (expected once). No
dates on the teasers. Kickers are not bylines here, so authors are not scored.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://www.derstandard.at/"
timezone = "Europe/Vienna"
now = datetime(2019, 9, 2, 20, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.derstandard.at/story/2000108150923/von-blaue-netzwerken-und-schwarzen-raechern-im-innenministerium",
        "title": "Von blauen Netzwerken und schwarzen Rächern im Innenministerium",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108147290/deppert-schaun-im-ausseerland",
        "title": "Deppert schaun im Ausseerland",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108157059/orf-sommergespraechkurz-spricht-von-falschen-kugelschreiber-vorwuerfen",
        "title": 'ORF-"Sommergespräch": Kurz spricht von falschen Kugelschreiber-Vorwürfen',
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108163023/johnson-droht-vor-moeglichem-votum-ueber-brexit-frist-mit-neuwahl",
        "title": "Johnson droht vor möglichem Votum über Brexit-Frist mit Neuwahl und Parteiausschlüssen",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108138701/in-reichen-laendernkrebs-ist-mittlerweile-todesursache-nummer-eins",
        "title": "Krebs ist in reichen Ländern nun Todesursache Nummer eins",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108142242/bundeskriminalamt-warnt-vor-erhoehter-cyberkriminalitaet",
        "title": "Bundeskriminalamt warnt vor erhöhter Cyberkriminalität",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108166332/rohani-schliesst-gespraeche-mit-usa-aus-multilaterale-verhandlungen-nicht",
        "title": "Rohani schließt Gespräche mit USA aus, multilaterale Verhandlungen nicht",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108171414/wartungsgondel-in-hessen-abgestuerzt-drei-tote",
        "title": "Wartungsgondel in Hessen abgestürzt – drei Tote",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108116320/hurrikan-dorian-massive-schaeden-auf-bahamas-erwartet",
        "title": "Hurrikan Dorian forderte fünf Todesopfer auf den Bahamas",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107320930/kinderaerztin-rueth-dressler-unsere-arbeit-wird-nicht-angemessen-entlohnt",
        "title": 'Kinderärztin Rüth-Dressel: "Unsere Arbeit wird nicht angemessen entlohnt"',
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108148895/usa-mischen-russische-plaene-in-syrien-auf",
        "title": "USA mischen russische Pläne in Syrien auf",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108174392/wie-eine-pornoseite-das-leben-dutzender-frauen-zerstoerte",
        "title": "Wie eine Pornoseite das Leben dutzender Frauen zerstörte",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108151038/der-glorifizierte-mann",
        "title": "Der glorifizierte Mann",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108112119/wie-viel-antidemokratie-vertraegt-die-demokratie",
        "title": "Wie viel Antidemokratie verträgt die Demokratie?",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108148849/das-ende-einer-aera",
        "title": "Aufstieg der AfD: Das Ende einer Ära",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108147496/scharlatanerie-je-absurder-desto-legaler",
        "title": "Scharlatanerie: Je absurder, desto legaler",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000104863898/der-standard-startet-den-anonymen-briefkasten",
        "title": "Sie haben Informationen? Der anonyme Briefkasten des STANDARD steht für Sie bereit",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108167817/zao-aufregung-um-neue-deepfake-app-die-erschreckend-gute-resultate",
        "title": "Zao: Aufregung um neue Deepfake-App, die erschreckend gute Resultate erzeugt",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108148050/ein-leben-ohne-schmerzen-wird-moeglich",
        "title": "Ein Leben ohne Schmerzen wird möglich",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108140143/ak-umfrage-viertagewoche-ist-wunscharbeitszeit",
        "title": "AK-Umfrage: Viertagewoche ist Wunscharbeitszeit",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108146126/italien-zuerst-renationalisierung-in-der-museumspolitik",
        "title": "Italien zuerst! Renationalisierung in der Museumspolitik",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108172667/16-tote-bei-taliban-anschlag-in-afghanistan-waehrend-verhandlungen-ueber",
        "title": "16 Tote bei Taliban-Anschlag in Afghanistan während Friedensverhandlungen",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108169967/britische-regierung-startet-werbekampagne-get-ready-for-brexit",
        "title": 'Britische Regierung startet Werbekampagne "Get ready for Brexit"',
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108151868/sexarbeitsverbot-fuer-fluechtlinge-polizei-dafuer-frauenberatung-warnt-davor",
        "title": "Sexarbeitsverbot für Flüchtlinge: Polizei dafür, Frauenberatung warnt davor",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108174685/diskonter-spusu-mit-esim-und-kampftarif",
        "title": "Diskonter Spusu mit E-Sim und Kampftarif",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108135569/die-frage-nach-correctness-und-kunst-nur-wer-aneckt-behaelt",
        "title": "Die Frage nach Correctness und Kunst: Nur wer aneckt, behält Recht",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108155563/oevp-soll-wahlkampf-budget-geschoent-haben",
        "title": "ÖVP soll Wahlkampfkosten-Obergrenze gezielt überschritten haben",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108122310/ngo-schiff-eleonore-steuert-trotz-italiens-verbot-auf-sizilien-zu",
        "title": "Rettung nach dem Sturm: NGO-Schiff Eleonore hat in Sizilien angelegt",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108126930/rechtsruck-in-ostdeutschland-afd-wahlen-deutschland",
        "title": "Podcast: Rechtsruck in Ostdeutschland",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108145227/promis-und-skepsis-bei-der-ersten-e-mtb-weltmeisterschaft",
        "title": "Promis und Skepsis bei der ersten E-MTB-Weltmeisterschaft",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108137886/startopia-angespielt-raumstations-management-mit-viel-humor",
        "title": '"Startopia" angespielt: Raumstations-Management mit viel Humor',
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108126236/der-wald-laedt-zu-tisch-fusilli-mit-eierschwammerl-und-speck",
        "title": "Der Wald lädt zu Tisch: Fusilli mit Eierschwammerl und Speck",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108150135/klimakrise-wie-oevp-spoe-und-fpoe-die-waehler-einlullen",
        "title": "Klimakrise: Wie ÖVP, SPÖ und FPÖ die Wähler einlullen",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108100312/die-neue-spaltung-stadt-versus-land",
        "title": "Die neue Spaltung – Stadt versus Land",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108146649/afd-wahlerfolge-noch-einmal-davongekommen",
        "title": "AfD-Wahlerfolge: Noch einmal davongekommen",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108151826/mischkulturen",
        "title": "Mischkulturen",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108151251/wahlen-in-ostdeutschland-es-fehlt-ein-realismus-konzept",
        "title": 'Wahlen in Ostdeutschland: "Es fehlt ein Realismus-Konzept"',
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108105550/abschiebungen-den-rechtsstaat-reparieren",
        "title": "Abschiebungen: Den Rechtsstaat reparieren",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108099837/sparen-auf-dem-ruecken-der-kinder",
        "title": "Sparen auf dem Rücken der Kinder",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108104523/vp-fp-ein-bund-fuers-leben",
        "title": "VP, FP: Ein Bund fürs Leben",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108105572/deutsche-landtagswahlen-viel-frust-im-osten",
        "title": "Deutsche Landtagswahlen: Viel Frust im Osten",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108127380/niedrigzinszeitalter-die-neue-aera-der-geldpolitik",
        "title": "Niedrigzinszeitalter: Die neue Ära der Geldpolitik",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108123865/auf-welche-filmstarts-der-naechsten-monate-freuen-sie-sich-besonders",
        "title": "Auf welche Filmstarts der nächsten Monate freuen Sie sich besonders?",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108135930/gehoeren-sie-zu-den-besten-quizzern-oesterreichs",
        "title": "Gehören Sie zu den besten Quizzern Österreichs?",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/jetzt/livebericht/2000101304588/rad-forum-vuelta-2019",
        "title": "Rad-Forum+: La Vuelta: EZF Jurançon > Pau (36,2 km)",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107946357/greta-thunberg-versus-klimawandelleugner-medien-muessen-einfach-besser-berichten",
        "title": "Greta Thunberg versus Klimawandelleugner: Medien müssen einfach besser berichten",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/jetzt/livebericht/2000106169721/letzte-liebesgschichten-kandidatenfolge-nimm-mich-so-wie-ich-bin",
        "title": 'Letzte "Liebesg’schichten"-Kandidatenfolge: Nimm! Mich! So! Wie! Ich! Bin!',
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/jetzt/livebericht/2000107359345/mitdiskutieren-sebastian-kurz-im-orf-sommergespraech",
        "title": 'Mitdiskutieren: Sebastian Kurz im ORF-"Sommergespräch"',
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107349261/warum-co2-steuern-kein-wundermittel-gegen-die-klimakrise-sind",
        "title": "Warum CO2-Steuern kein Wundermittel gegen die Klimakrise sind",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107932106/montagsfrage-sind-sie-optimist-oder-pessimist",
        "title": "Montagsfrage: Sind Sie Optimist oder Pessimist?",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/jetzt/livebericht/2000107855559/tennis-forum-die-us-open-starten-durch",
        "title": "Tennis-Forum+: US Open: Schwartzman und Berrettini im Viertelfinale",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108096947/braco-mit-dem-heilenden-blick-will-kein-wunderheiler-sein",
        "title": "Braco mit dem heilenden Blick will kein Wunderheiler sein",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107901261/die-schoenheit-des-verfalls-bilder-einer-reise-zu-verlassenen-orten",
        "title": "Die Schönheit des Verfalls: Bilder einer Reise zu verlassenen Orten",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107125132/andreas-kronthaler-westwoods-kronprinz-aus-tirol",
        "title": "Andreas Kronthaler: Westwoods Kronprinz aus Tirol",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108141674/acht-paare-und-ein-einzelkaempfer-wollen-die-spd-retten",
        "title": "Acht Paare und ein Einzelkämpfer wollen die SPD retten",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108166200/hongkongs-regierungschefin-dementiert-ruecktrittsabsichten",
        "title": "Hongkongs Regierungschefin dementiert Rücktrittsabsichten, Tonband belegt diese aber",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108164331/mitglieder-der-fuenf-sterne-stimmen-ueber-schicksal-italiens-ab",
        "title": "Mitglieder der Fünf Sterne stimmen über Schicksal der italienischen Regierung ab",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108138426/millionen-fuer-erdogans-freunde-und-verwandte",
        "title": "Millionen für Erdoğans Freunde und Verwandte",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108131936/israel-soll-verluste-nach-hisbollah-angriff-inszeniert-haben",
        "title": "Israel soll Verluste nach Hisbollah-Angriff inszeniert haben",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108150608/katerstimmung-nach-wahlschlachten-in-brandenburg-und-sachsen",
        "title": "Katerstimmung nach Wahlen in Brandenburg und Sachsen",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108164906/russland-nimmt-kreml-kritikerin-fest-laesst-demonstranten-aber-ihr-sorgerecht",
        "title": "Russische Demonstranten dürfen ihre Kinder behalten – vorerst",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108118802/geruechte-um-baldige-britische-neuwahl-wegen-brexits-werden-lauter",
        "title": "Gerüchte über britische Neuwahl vor 31. Oktober – Abgeordnete wollen Brexit-Frist verlängern",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108150798/affaere-um-eu-foerdergelder-sorgt-fuer-wirbel-in-prag",
        "title": "Affäre um EU-Fördergelder sorgt für Wirbel in Prag",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108131560/usa-kurz-vor-abkommen-mit-taliban",
        "title": "USA kurz vor Abkommen mit Taliban",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108147576/wolfgang-klinger-einunternehmer-mit-rechter-tradition-und-ambition",
        "title": "Wolfgang Klinger, ein Unternehmer mit rechter Tradition und Ambition",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108150054/steirische-neuwahlen-schuetzenhoefers-riskanter-poker",
        "title": "Steirische Neuwahlen: Schützenhöfers riskanter Poker",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108132840/prominente-wissenschafter-unterstuetzen-gruene",
        "title": "Prominente Wissenschafter unterstützen Grüne",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108154234/neos-fordern-unabhaenigen-innenminister",
        "title": "Neos fordern unabhängigen Innenminister",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108139805/staatsanwaltschaft-sieht-keinen-zusammenhang-zwischen-ibiza-video-und-schredder-affaere",
        "title": "Kein Konnex zwischen Schreddern und Ibiza-Video",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108100635/neos-im-wahlkampf-wir-sind-nicht-die-besseren-menschen",
        "title": 'Neos im Wahlkampf: "Wir sind nicht die besseren Menschen"',
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108133443/adresse-falsch-aufgedruckt-erneut-probleme-mit-wahlkarten",
        "title": "Adresse falsch aufgedruckt: Erneut Probleme mit Wahlkarten-Kuverts",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108147436/geschichtsklitterung-am-salzburger-stefan-zweig-platz",
        "title": "Geschichtsklitterung am Salzburger Stefan-Zweig-Platz",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108139131/zahlreiche-tote-in-brennendem-schiff-vor-kalifornien-befuerchtet",
        "title": "Mindestens 25 Tote und neun Vermisste nach Brand auf Boot vor Kalifornien",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108163634/kranker-bolsonaro-muss-operiert-werden-und-sagt-fuer-amazonas-gipfel",
        "title": "Kranker Bolsonaro muss operiert werden und fährt nicht zu Amazonas-Gipfel",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108133423/psychotiker-fuer-stoss-auf-u-bahn-gleise-eingewiesen",
        "title": "Psychotiker für Stoß auf U-Bahn-Gleise eingewiesen",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108149618/neun-an-an-massenschlaegerei",
        "title": "Neun an Massenschlägerei in Oberösterreich Beteiligte verurteilt",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108133400/haselsteiner-kauft-ex-gourmettempel-hanner-und-laesst-vinzirast-dort-gemuese",
        "title": "Haselsteiner kauft Ex-Gourmettempel Hanner und lässt Vinzirast dort Gemüse anbauen",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108127301/fpoe-klinger-bedauert-mischkulturen-sager-spoe-will-neuwahlen",
        "title": 'FPÖ-Landesrat Klinger bedauert "Mischkulturen"-Sager, SPÖ will Neuwahlen',
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108163612/menschenschlangen-vor-argentiniens-banken",
        "title": "Menschenschlangen vor Argentiniens Banken",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108102170/der-feine-unterschied-was-der-zwoelf-stunden-tag-gebracht-hat",
        "title": "Der feine Unterschied: Was der Zwölfstundentag gebracht hat",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108155863/deutsches-verkehrsministerium-erhebt-schwere-vorwuerfe-gegen-mautsystem-anbieter-kapsch",
        "title": "Deutsches Verkehrsministerium erhebt schwere Vorwürfe gegen Mautsystem-Anbieter Kapsch",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108134411/pilz-macht-oevp-fpoe-und-neos-fuer-minus-bei-pensionskassen",
        "title": "Peter Pilz: Pensionskassen haben eine Milliarde verspekuliert",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108136280/handy-bezahldienst-bluecode-will-apple-pay-das-fuerchten-lehren",
        "title": "Handybezahldienst Bluecode will Apple Pay das Fürchten lehren",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108148957/heimischer-arbeitsmarkt-fuer-abschwung-schlecht-geruestet",
        "title": "Heimischer Arbeitsmarkt für Abschwung schlecht gerüstet",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108135620/wer-leidet-mehr-das-groteske-ringen-zwischen-china-und-den",
        "title": "Wer leidet mehr? Das groteske Ringen zwischen China und den USA",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108148003/eindrucksvolle-animation-zeigt-aufstieg-und-fall-des-internet-explorers",
        "title": "Eindrucksvolle Animation zeigt Aufstieg und Fall des Internet Explorer",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108164825/runtastic-stellte-web-version-im-august-ein",
        "title": "Runtastic stellte Web-Version im August ein",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108136068/ein-deutscher-proll-ist-nun-der-populaerste-streamer-auf-twitch",
        "title": "Ein deutscher Prolo ist nun der populärste Streamer auf Twitch",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108172340/wie-man-die-notifications-flut-auf-dem-smartphone-in-den",
        "title": "Wie man die Notifications-Flut auf dem Smartphone in den Griff bekommt",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108168377/nach-massivem-shitstorm-battlefront-2-entwickler-trauen-sich-wieder-ins",
        "title": 'Nach massivem Shitstorm: "Battlefront 2"-Entwickler trauen sich wieder ins Internet',
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108126759/holocaust-leugnung-und-antisemitismus-in-facebook-gruppe-mit-fpoe-politikern",
        "title": "Holocaust-Leugnung und Antisemitismus in Facebook-Gruppe mit FPÖ-Politikern",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108147711/203-407-fahndungsanfragen-zu-kfz-ueberwachung-kritik-an-eingriff-in",
        "title": "203.407 Fahndungsanfragen zu Kfz-Überwachung, Kritik an Eingriff in Privatsphäre",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108172543/star-citizen-pompoese-singleplayer-kampagne-squadron-42-verschiebt-sich-erneut",
        "title": '"Star Citizen": Pompöse Singleplayer-Kampagne "Squadron 42" verschiebt sich erneut',
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108166044/die-robotaxi-revolution-laesst-auf-sich-warten",
        "title": "Die Robotaxi-Revolution lässt auf sich warten",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108120066/ios-hack-china-steckt-angeblich-hinter-massiver-iphone-ueberwachung",
        "title": "China steckt angeblich hinter iPhone-Hack, um Uiguren zu überwachen",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108140936/ein-wiener-derby-mit-haesslichen-nebengeraeuschen",
        "title": "Ein Wiener Derby mit hässlichen Nebengeräuschen",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108155939/us-open-titelverteidigerin-osaka-gegen-bencic-out",
        "title": "Osaka und Zverev bei US Open ausgeschieden, Nadal weiter",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108111174/nationalstadion-eine-rechnung-ohne-parndorf",
        "title": "Nationalstadion: Eine Rechnung ohne Parndorf",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108127198/der-sk-sturm-ruehrt-noch-ordentlich-um",
        "title": "Der SK Sturm rührt noch ordentlich um",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108155429/real-torhueter-navas-zu-psg-areola-leihweise-nach-madrid",
        "title": "Last-Minute-Transfers: Navas und Icardi zu PSG",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108152777/ueberblick-die-sommertransfers-der-bundesligisten",
        "title": "Überblick: Die Sommertransfers der Bundesligisten",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108131676/sicherheitsfragen-nach-todes-crash-restrisiko-bleibt",
        "title": "Sicherheitsfragen nach Tod von Hubert: Das Restrisiko bleibt",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107943740/elternabend-der-jaehrliche-selbstversuch",
        "title": "Elternabend: Der jährliche Selbstversuch",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107886086/slow-food-gruender-carlo-petrini-essen-ist-macht",
        "title": 'Slow-Food-Gründer Carlo Petrini: "Gut essen ist nicht teuer"',
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107944183/im-test-sesammus-tahin",
        "title": 'Im Test: Sesammus "Tahin"',
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107772977/vw-t6-1der-letzte-bulli",
        "title": "VW T6.1: Der letzte Bulli",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108168003/yougov-umfrage-japaner-sind-die-super-touristen-briten-unbeliebt",
        "title": "YouGov-Umfrage: Japaner sind die Super-Touristen, Briten unbeliebt",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108123614/jamie-oliver-bleibt-fleischesser",
        "title": "Jamie Oliver kann sich nicht vorstellen, vegan zu leben",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107847502/unsere-drei-besten-rezepte-mit-melanzani",
        "title": '"Unsere drei Besten": Rezepte mit Melanzani',
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107773563/zweirad-unter-strom",
        "title": "Zweirad unter Strom",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107714461/reisetipps-der-woche-wandern-in-europaeischen-nationalparks",
        "title": "Reisetipps der Woche: Wandern in europäischen Nationalparks",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108138959/doku-ueber-fussballer-diego-maradona-fuer-diesen-mann-lief-es",
        "title": "Doku über Diego Maradona: Für diesen Mann lief es nicht rund",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108138225/us-metal-band-tool-metal-fuer-brillentraeger-auch-am-neuen",
        "title": "US-Metal-Band Tool: Metal für Brillenträger auch am neuen Album",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108153606/eine-kleine-pilotenschule-mitmatthias-strolz",
        "title": "Eine kleine Pilotenschule mit Matthias Strolz",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108170667/jon-bon-jovi-schlimmer-als-mit-trump-kann-es-nicht",
        "title": "Jon Bon Jovi: Schlimmer als mit Trump kann es nicht werden",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108172406/das-wasser-steigt-alarmruf-aus-dem-theater-in-der-gumpendorfer",
        "title": '"Das Wasser steigt": Alarmruf aus dem Theater in der Gumpendorfer Straße',
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108141703/hello-dagi-die-volksoper-feierte-dagmar-koller-zum-80er",
        "title": "Hello, Dagi! Die Volksoper feierte Dagmar Koller zum 80er",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108096344/identitaetsfragen-eines-profifussballers-tonio-schachingers-nicht-wie-ihr",
        "title": 'Tonio Schachingers "Nicht wie ihr": Identitätsfragen eines Profifußballers',
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108142622/inside-borussia-dortmund-auf-amazon-prime-berechenbares-scheitern",
        "title": '"Inside Borussia Dortmund" auf Amazon Prime: Berechenbares Scheitern',
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108171897/997-000-sahen-orf-sommergespraech-mit-sebastian-kurz",
        "title": '997.000 sahen ORF-"Sommergespräch" mit Sebastian Kurz',
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108142338/moeglicher-abschied-orf-verschiebt-wahl-duell-fuer-skistar-marcel-hirscher",
        "title": "Möglicher Hirscher-Abschied: ORF verschiebt Wahlduell für Skistar",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108144909/universum-fabelhafte-tierbabys-mein-wahlometer-und-hereafter-die-tv-tipps",
        "title": "Universum: Fabelhafte Tierbabys, Mein Wahlometer und Hereafter: Die TV-Tipps am Dienstag",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108032217/when-they-see-us-und-co-wo-die-emmy-nominierten",
        "title": '"When They See Us" und Co: Wo die Emmy-nominierten Serien zu sehen sind',
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108133819/neue-kampagne-bipa-raeumt-mit-altem-geschlechterbild-auf",
        "title": "Neue Kampagne: Bipa räumt mit altem Geschlechterbild auf",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108137473/neues-orf-1-designred-dot-award-fuer",
        "title": "Neues ORF-1-Design mit Red Dot Award ausgezeichnet",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108147336/killerpilz-und-klimawandel-bringen-bananen-in-bedraengnis",
        "title": "Killerpilz und Klimawandel bringen Bananen in Bedrängnis",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108137950/yutu-2-soll-seltsames-material-auf-der-mond-rueckseite-entdeckt",
        "title": 'Yutu-2 soll "seltsames Material" auf der Mond-Rückseite entdeckt haben',
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108142847/dramatisches-vogelsterben-am-bodensee",
        "title": "Forscher beobachten dramatisches Vogelsterben am Bodensee",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107904588/hat-ein-einzelnes-enzym-die-geschichte-der-erde-in-neue",
        "title": "Hat ein einzelnes Enzym die Geschichte der Erde in neue Bahnen gelenkt?",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107891930/innovationsexpertin-fordert-klarheit-im-foerdersupermarkt",
        "title": "Innovationsexpertin fordert Klarheit im Fördersupermarkt",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108150688/explosion-in-iranischer-weltraumanlage-in-semnan-bestaetigt",
        "title": "Explosion in iranischer Weltraumanlage in Semnan bestätigt",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108152869/neue-methode-setzt-einzelne-atome-alskatalysatoren-ein",
        "title": "Neue Methode setzt einzelne Atome als Katalysatoren ein",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107329399/tinnitus-wenn-stille-gefaehrlich-wird",
        "title": "Tinnitus: Wenn Stille gefährlich wird",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108133620/wie-sport-das-sexleben-verbessert",
        "title": "Wie Sport das Sexleben verbessert",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108030662/intervalltraining-warum-man-sich-manchmal-quaelen-muss",
        "title": "Intervalltraining: Warum man sich manchmal quälen muss",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108131991/us-behoerden-untersuchen-schwere-lungenerkrankungen-durch-e-zigaretten",
        "title": "US-Behörden untersuchen schwere Lungenerkrankungen durch E-Zigaretten",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107981764/was-expertinnen-vom-papamonat-halten",
        "title": "Was Expertinnen vom Papamonat halten",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107928585/erfolgreiche-koennen-ein-klares-nein-sagen",
        "title": "Erfolgreiche können ein klares Nein sagen",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107933210/vaeter-in-karenz-zwillinge-sind-ein-vollzeitjob",
        "title": 'Väter in Karenz: "Zwillinge sind ein Vollzeitjob"',
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108137638/wohnungen-in-wien-werden-kleiner-und-teurer",
        "title": "Wohnungen in Wien werden kleiner und teurer",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108036699/petra-lutnyk-unsere-wohnung-ist-die-bauernhof-lobby-fuer-alle",
        "title": 'Petra Lutnyk: "Unsere Wohnung ist die Bauernhof-Lobby für alle"',
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108042987/was-die-architektur-gegen-die-klimakatastrophe-tun-kann",
        "title": "Was die Architektur gegen die Klimakatastrophe tun kann",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108007717/oben-ohne-sonnen-aus-protest-gegen-die-ungleichbehandlung-des-weiblichen",
        "title": "Oben-ohne-Sonnen aus Protest gegen die Ungleichbehandlung des weiblichen Nippels",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107610586/abschied-am-schlachthof-wir-wollen-die-tiere-sichtbar-machen",
        "title": 'Abschied am Schlachthof: "Wir wollen die Tiere sichtbar machen"',
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107492981/neustifter-kirtag-und-die-politik-der-strache-war-deppert",
        "title": 'Neustifter Kirtag und die Politik: "Der Strache war deppert"',
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107872921/indigene-demonstrieren-in-wien-gegen-zerstoerung-des-amazonas",
        "title": "Indigene demonstrieren in Wien gegen Zerstörung des Amazonas",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107931027/podcast-braucht-oesterreich-eine-reichensteuer",
        "title": "Braucht Österreich eine Reichensteuer?",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107900203/wir-haetten-die-klimakrise-verhindern-koennen-warum-haben-wir-es",
        "title": "Wir hätten die Klimakrise verhindern können. Warum haben wir es nicht getan?",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108031065/ibiza-affaere-kommt-strache-mit-blauem-auge-davon",
        "title": "Ibiza-Affäre: Kommt Strache mit blauem Auge davon?",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107590038/podcastder-hohe-preis-vom-billigen-fleisch",
        "title": "Der hohe Preis von billigem Fleisch",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107420452/sieben-grafiken-zeigen-chinas-gigantische-uebermacht",
        "title": "Sieben Grafiken zeigen Chinas gigantische Übermacht",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107976300/wie-man-eine-stadt-fahrradfreundlich-macht",
        "title": "Wie man eine Stadt fahrradfreundlich macht",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107884378/fleischersatz-der-pilz-soll-uns-retten",
        "title": "Fleischersatz: Der Pilz soll uns retten",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108006670/fuehrungskraefte-gegen-die-klimakrise-traegerraketen-fuer-den-wandel",
        "title": "Führungskräfte gegen die Klimakrise: Trägerraketen für den Wandel?",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108048776/frauen-an-die-raeder",
        "title": "Frauen an die Räder!",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108121928/umstrittene-muslim-fashion-schau-haben-wichtige-diskussion-ausgeloest",
        "title": 'Nach Hass-Mails und Diskussionen: "Muslim Fashion"-Schau geht zu Ende',
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107929180/frauen-und-geld-es-ist-kompliziert",
        "title": "Frauen und Geld: Es ist kompliziert",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107867475/wahlkampf-feminismus-ist-wenn-nicht-von-salat-die-rede-ist",
        "title": "Wahlkampf: Feminismus ist, wenn nicht von Salat die Rede ist",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000108059134/flut-von-anzeigen-nach-neuem-gesetz-zu-sexueller-gewalt-in",
        "title": "Flut von Anzeigen nach neuem Gesetz zu sexueller Gewalt in Italien",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107897265/oesterreichischer-werberat-bewertet-true-fuits-sujet-als-diskriminierend",
        "title": "Österreichischer Werberat bewertet True-Fuits-Sujet als diskriminierend",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107887789/fall-epstein-opfer-bekommen-ihren-tag-vor-gericht",
        "title": "Fall Epstein: Opfer bekommen ihren Tag vor Gericht",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107863698/sudoku-schwierig-4400a",
        "title": "Sudoku schwierig 4400a",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107863793/squiggly-sudoku-mittel-4400b",
        "title": "Squiggly Sudoku mittel 4400b",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107935593/kreuzwortraetsel-i-9272",
        "title": "Kreuzworträtsel I 9272",
        "published": None,
    },
    {
        "link": "https://www.derstandard.at/story/2000107933951/kreuzwortraetsel-h-9271",
        "title": "Kreuzworträtsel H 9271",
        "published": None,
    },
]

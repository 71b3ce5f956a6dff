"""Real page: the front page of Die Presse (diepresse.com, Vienna, early February 2016), saved
by kaini/newslist for its tests. German. In <div id=content>, teasers of several shapes in
rows and columns (div.mod04, div.mod3, div.neu3, div.aufmacher3, div.zweisp, div.mod4, the
opinion column div.mod_meinung): a kicker link (<div class=kick>, the section), the headline
link in <h2> (<h3> for opinions), a picture, a teaser text with comment counts and, under
some, a <ul> of links to older related articles. Below, <div class=ressortlisten>: one list
per section (Politik, Wirtschaft…) under the section's <h2> and its sub-section menu, each
item an <h3> headline link and a paragraph. Entries: every headline link of the teasers and
of the section lists, in page order. Not entries: kickers, the related-article links under a
teaser, the sponsored "advertorial" teaser, the most-read and most-commented boxes, blog
boxes, navigation. The teasers show no dates. Bylines are not scored.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "http://diepresse.com/home/index.do"
timezone = "Europe/Vienna"
now = datetime(2016, 2, 5, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://diepresse.com/home/wirtschaft/economist/4918610/EU-prophezeit-Osterreich-noch-mehr-Arbeitslose?_vl_backlink=/home/index.do",
        "title": "EU prophezeit Österreich noch mehr Arbeitslose",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/politik/aussenpolitik/4918522/Islamisten-planten-offenbar-Anschlag-am-Alexanderplatz?_vl_backlink=/home/index.do",
        "title": "Islamisten planten offenbar Anschlag am Alexanderplatz",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/politik/innenpolitik/4918686/SPOBefragung_Zwei-Drittel-befurworten-Richtwert?_vl_backlink=/home/index.do",
        "title": 'SPÖ-Befragung: Zwei Drittel befürworten "Richtwert"',
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/wirtschaft/economist/4918807/Glucksspiel_CasinosBieter-wollen-Krieg-beenden?_vl_backlink=/home/index.do",
        "title": "Glücksspiel: Casinos-Bieter wollen Krieg beenden",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/politik/innenpolitik/4918547/RathgeberProzess_Mir-sind-in-der-Zeitnot-Fehler-passiert?_vl_backlink=/home/index.do",
        "title": 'Rathgeber-Prozess: "Mir sind in der Zeitnot Fehler passiert"',
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/panorama/welt/4918280/Irak_Der-gefaehrlichste-Damm-der-Welt-droht-zu-brechen?_vl_backlink=/home/index.do",
        "title": "Irak: Der gefährlichste Damm der Welt droht zu brechen",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/politik/innenpolitik/4918656/Steirische-SPO-will-Integrationshilfe-statt-Mindestsicherung?_vl_backlink=/home/index.do",
        "title": 'Steirische SPÖ will "Integrationshilfe" statt Mindestsicherung',
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/meinung/kommentare/leitartikel/4918278/Die-Feinde-des-Bargelds-sind-auf-dem-falschen-Dampfer?_vl_backlink=/home/index.do",
        "title": "Die Feinde des Bargelds sind auf dem falschen Dampfer",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/meinung/kommentare/4918289/Diese-Freiheit-nehmen-wir-uns-selbst-weg?_vl_backlink=/home/index.do",
        "title": "Diese Freiheit nehmen wir uns – selbst weg",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/meinung/quergeschrieben/rudolftaschner/4918296/Der-freie-Wille-und-die-vorschnelle-Berufung-auf-die-Neurophysiologie?_vl_backlink=/home/index.do",
        "title": "Der freie Wille und die vorschnelle Berufung auf die Neurophysiologie",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/wirtschaft/international/4918491/Deutsche-Bundesbank-gegen-5000EuroLimit-fur-Barzahlungen?_vl_backlink=/home/index.do",
        "title": "Deutsche Bundesbank gegen 5000-Euro-Limit für Barzahlungen",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/techscience/mobil/4918182/ZTE-Blade-V6_Ein-iPhone-mit-Haken?_vl_backlink=/home/index.do",
        "title": "ZTE Blade V6: Ein iPhone mit Haken",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/sport/wintersport/4918579/Innerhofer_Diese-OlympiaAbfahrt-ist-langweilig?_vl_backlink=/home/index.do",
        "title": 'Innerhofer: "Diese Olympia-Abfahrt ist langweilig"',
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/wirtschaft/economist/4918755/Investor-steckt-zwei-Millionen-in-StartUp-fur-Haustiersuche?_vl_backlink=/home/index.do",
        "title": "Investor steckt zwei Millionen in Start-Up für Haustiersuche",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/leben/mensch/4918613/Opernball_Pamela-Anderson-statt-Alain-Delon?_vl_backlink=/home/index.do",
        "title": "Opernball: Pamela Anderson statt Alain Delon",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/leben/mensch/opernball/4918123/Backstage_OpernballUmbau-2016?_vl_backlink=/home/index.do",
        "title": "Umbauarbeiten: Hinter den Kulissen des Opernballs 2016",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/techscience/hightech/4918814/Das-lukrative-Geschaeft-der-Patenttrolle?_vl_backlink=/home/index.do",
        "title": "Das lukrative Geschäft der Patenttrolle",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/wirtschaft/international/4917767/Die-zehn-reichsten-Frauen-der-Weltgeschichte?_vl_backlink=/home/index.do",
        "title": "Die zehn reichsten Frauen der Weltgeschichte",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/zeitgeschichte/4916368/Taten-statt-Worte_Der-Kampf-der-Suffragetten-?_vl_backlink=/home/index.do",
        "title": '"Taten statt Worte": Der Kampf der Suffragetten',
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/panorama/4918799/Linzer-Burschenbundball_1000-Demonstranten-erwartet-?_vl_backlink=/home/index.do",
        "title": "Linzer Burschenbundball: 1000 Demonstranten erwartet",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/motor/4904990/BMW-750i-xDrive_Wie-Eure-Opulenz-wunschen?_vl_backlink=/home/index.do",
        "title": "BMW 750i x-Drive: Wie Eure Opulenz wünschen",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/bildung/schule/4918795/Bildungsreform_Brandsteidl-kummert-sich-um-Autonomie-?_vl_backlink=/home/index.do",
        "title": "Bildungsreform: Brandsteidl kümmert sich um Autonomie",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/wirtschaft/economist/4918720/Noch-nie-wollten-so-viele-Bankkunden-wechseln?_vl_backlink=/home/index.do",
        "title": "Noch nie wollten so viele Bankkunden wechseln",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/panorama/4918780/Grune-wollen-Gatterjagd-in-Salzburg-einschraenken-?_vl_backlink=/home/index.do",
        "title": "Grüne wollen Gatterjagd in Salzburg einschränken",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/politik/aussenpolitik/4918532/SyrienGeberkonferenz_10-Milliarden-um-Fluchtlinge-abzuhalten?_vl_backlink=/home/index.do",
        "title": "Syrien-Geberkonferenz: 10 Milliarden, um Flüchtlinge abzuhalten",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/techscience/hightech/4917125/Keine-Angst-vor-Flops_11-grosse-GoogleMisserfolge?_vl_backlink=/home/index.do",
        "title": "Keine Angst vor Flops: 11 große Google-Misserfolge",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/wirtschaft/international/4918588/Nach-einem-Tag_Apple-erobert-Borsenthron-von-Google-zuruck?_vl_backlink=/home/index.do",
        "title": "Nach einem Tag: Apple erobert Börsenthron von Google zurück",
        "published": None,
    },
    {
        "link": "http://schaufenster.diepresse.com/home/mode/modenews/4916968/index.do",
        "title": "Mode für Muslime",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/leben/mensch/opernball/4917430/Komplexe-Formel-schlichte-Form_Margit-Fischers-Kleid-fur-den-Ball?_vl_backlink=/home/index.do",
        "title": "Komplexe Formel, schlichte Form: Margit Fischers Kleid für den Ball",
        "published": None,
    },
    {
        "link": "http://schaufenster.diepresse.com/home/mode/modenews/1394708/index.do",
        "title": "Pamela Andersons Sohn modelt für Saint Laurent",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/kultur/film/oscar/4909162/index?_vl_backlink=/home/index.do",
        "title": "Film-Quiz: Wie heißt diese Oscar-Nominierte?",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/zeitgeschichte/4916618/Heute-vor-100-Jahren_Goethe-und-Moliere-in-Wien-schon-wieder?_vl_backlink=/home/index.do",
        "title": "Heute vor 100 Jahren: Goethe und Molière in Wien – schon wieder",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/karriere/4918005/Crashkurs-Fuhrung_Der-erste-grosse-Auftritt?_vl_backlink=/home/index.do",
        "title": "Crashkurs Führung: Der erste große Auftritt",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/panorama/welt/105316/Blickfang_Die-besten-Bilder-aus-aller-Welt?_vl_backlink=/home/index.do",
        "title": "",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/politik/aussenpolitik/4918090/Russlands-modernste-Raubvogel-fliegen-uber-Syrien?from=gl.home_politik",
        "title": 'Russlands modernste "Raubvögel" fliegen über Syrien',
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/politik/aussenpolitik/4918472/Ruckfuhrung-von-Asylwerbern_Kurz-will-EUHilfen-streichen?from=gl.home_politik",
        "title": "Rückführung von Asylwerbern: Kurz will EU-Hilfen streichen",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/politik/aussenpolitik/4918462/WikileaksGrunder-Assange-konnte-sich-stellen?from=gl.home_politik",
        "title": "Wikileaks-Gründer Assange könnte sich stellen",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/politik/aussenpolitik/4918448/Frankreich_Amnesty-International-prangert-Ausnahmezustand-an?from=gl.home_politik",
        "title": "Frankreich: Amnesty International prangert Ausnahmezustand an",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/politik/innenpolitik/4918300/Norbert-Darabos_Das-rote-Chamaeleon-?from=gl.home_politik",
        "title": "Norbert Darabos: Das rote Chamäleon",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/politik/aussenpolitik/4918337/Luge-Betrug_Trump-holt-gegen-Wahlsieger-Cruz-aus?from=gl.home_politik",
        "title": '"Lüge, Betrug": Trump holt gegen Wahlsieger Cruz aus',
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/wirtschaft/recht/4918285/Bankomatgebuhren_Was-steckt-hinter-dem-Warnhinweis?from=gl.home_wirtschaft",
        "title": "Bankomatgebühren: Was steckt hinter dem „Warnhinweis“?",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/wirtschaft/boerse/money/4915584/Warum-die-Borsen-fur-konservative-Privatanleger-noch-zu-riskant-sind?from=gl.home_wirtschaft",
        "title": "Warum die Börsen für konservative Privatanleger noch zu riskant sind",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/wirtschaft/international/4918789/Rekordergebnis_DaimlerMitarbeiter-erhalten-hohere-Praemien?from=gl.home_wirtschaft",
        "title": "Rekordergebnis: Daimler-Mitarbeiter erhalten höhere Prämien",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/wirtschaft/international/4918437/Russland_Mitterlehner-fordert-kein-Ende-der-Sanktionen-?from=gl.home_wirtschaft",
        "title": "Russland: Mitterlehner fordert kein Ende der Sanktionen",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/wirtschaft/international/4918527/Shell_Niedriger-Olpreis-laesst-Gewinn-drastisch-einbrechen?from=gl.home_wirtschaft",
        "title": "Shell: Niedriger Ölpreis lässt Gewinn drastisch einbrechen",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/wirtschaft/international/4918482/Schulen-Spitaeler-Offis_Generalstreik-legt-Griechenland-lahm?from=gl.home_wirtschaft",
        "title": "Schulen, Spitäler, Öffis: Generalstreik legt Griechenland lahm",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/panorama/4918667/Prozess-gegen-Jihadisten-in-Graz-fortgesetzt-?from=gl.home_panorama",
        "title": "Prozess gegen Jihadisten in Graz fortgesetzt",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/panorama/4918811/Linzer-Eisenbahnbrucke_Abbau-ruckt-naeher-?from=gl.home_panorama",
        "title": "Linzer Eisenbahnbrücke: Abbau rückt näher",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/panorama/oesterreich/4918493/Hallein_Neunjaehrige-Raucherin-setzt-Zimmer-in-Brand?from=gl.home_panorama",
        "title": 'Hallein: Neunjährige "Raucherin" setzt Zimmer in Brand',
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/panorama/welt/4918635/Sudafrika_Drei-Kaerntner-bei-Flugzeugabsturz-getotet-?from=gl.home_panorama",
        "title": "Südafrika: Drei Kärntner bei Flugzeugabsturz getötet",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/panorama/welt/4918603/Kolner-Karneval_Lassen-uns-die-Stimmung-nicht-verderben?from=gl.home_panorama",
        "title": "Kölner Karneval: Lassen uns die Stimmung nicht verderben",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/panorama/welt/4918565/Zika_Viren-in-Sperma-und-Urin-uber-Wochen-nachweisbar-?from=gl.home_panorama",
        "title": "Zika: Viren in Sperma und Urin über Wochen nachweisbar",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/kultur/medien/4918761/Historiker-und-Publizist-Manfred-Scheuch-86jaehrig-gestorben-?from=gl.home_kultur",
        "title": "Historiker und Publizist Manfred Scheuch 86-jährig gestorben",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/kultur/medien/4918671/Off-Duty_Jan-Bohmermann-persifliert-Til-Schweiger?from=gl.home_kultur",
        "title": '"Off Duty": Jan Böhmermann persifliert Til Schweiger',
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/kultur/film/filmkritik/4918314/-Sture-Bocke_Diese-Schaefer-sind-richtig-bockig?from=gl.home_kultur",
        "title": "„Sture Böcke“: Diese Schäfer sind richtig bockig",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/kultur/news/4918315/Kammerspiele_Theater-darf-auch-einmal-nett-sein?from=gl.home_kultur",
        "title": "Kammerspiele: Theater darf auch einmal nett sein",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/kultur/news/4918332/Petritsch_Prospero-fuhrt-vor-dass-die-Welt-schlecht-ist?from=gl.home_kultur",
        "title": "Petritsch: „Prospero führt vor, dass die Welt schlecht ist“",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/kultur/klassik/4573460/Sinkothek-live?from=gl.home_kultur",
        "title": "Sinkothek live",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/techscience/hightech/4918814/Das-lukrative-Geschaeft-der-Patenttrolle?from=gl.home_tech",
        "title": "Das lukrative Geschäft der Patenttrolle",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/techscience/internet/4918386/Googles-SuchmaschinenChef-geht-?from=gl.home_tech",
        "title": "Googles Suchmaschinen-Chef geht",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/techscience/mobil/4918182/ZTE-Blade-V6_Ein-iPhone-mit-Haken?from=gl.home_tech",
        "title": "ZTE Blade V6: Ein iPhone mit Haken",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/techscience/mobil/4918672/Apple-Music_Lieder-lassen-sich-auf-SDKarte-speichern?from=gl.home_tech",
        "title": "Apple Music: Lieder lassen sich auf SD-Karte speichern",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/techscience/hightech/4918108/Mit-dem-Badezimmerspiegel-ins-Internet?from=gl.home_tech",
        "title": "Mit dem Badezimmerspiegel ins Internet",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/techscience/mobil/4917868/Neues-iPhone-soll-am-15-Maerz-vorgestellt-werden?from=gl.home_tech",
        "title": "Neues iPhone soll am 15. März vorgestellt werden",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/leben/mensch/4918424/Missbrauch_Gericht-laesst-Anklage-gegen-Bill-Cosby-zu?from=gl.home_leben",
        "title": "Missbrauch: Gericht lässt Anklage gegen Bill Cosby zu",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/leben/mensch/opernball/4918301/Opernball_Der-alte-Ritus-als-Jugendtraum?from=gl.home_leben",
        "title": "Opernball: Der alte Ritus als Jugendtraum",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/leben/mode/kolumnezumtag/4918303/Ohne-James-Bond-laeuft-es-sich-gleich-viel-entspannter?from=gl.home_leben",
        "title": "Ohne James Bond läuft es sich gleich viel entspannter",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/leben/gartenkralle/4915577/Aurikel_Kunsthistorische-Blumenbetrachtungen?from=gl.home_leben",
        "title": "Aurikel: Kunsthistorische Blumenbetrachtungen",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/leben/ausgehen/4915545/Wenn-die-Kuh-Schnaps-gibt?from=gl.home_leben",
        "title": "Wenn die Kuh Schnaps gibt",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/leben/mensch/opernball/4918123/Backstage_OpernballUmbau-2016?from=gl.home_leben",
        "title": "Hinter den Kulissen des Opernballs 2016",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/sport/wintersport/4918579/Innerhofer_Diese-OlympiaAbfahrt-ist-langweilig?from=gl.home_sport",
        "title": 'Innerhofer: "Diese Olympia-Abfahrt ist langweilig"',
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/sport/fussball/international/4918309/Fussball_China-im-Kaufrausch-?from=gl.home_sport",
        "title": "Fußball: China im Kaufrausch",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/sport/fussball/national/4918767/Hofmann-verlaengert-bei-Rapid-bis-2017?from=gl.home_sport",
        "title": "Hofmann verlängert bei Rapid bis 2017",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/sport/fussball/international/4918643/FIFAWeltrangliste_Osterreich-weiter-in-Top-10?from=gl.home_sport",
        "title": "FIFA-Weltrangliste: Österreich weiter in Top 10",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/sport/fussball/international/4918623/ValenciaCoach-Neville_Trotz-Debakel-kein-Rucktritt?from=gl.home_sport",
        "title": "Valencia-Coach Neville: Trotz Debakel kein Rücktritt",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/bildung/schule/4918795/Bildungsreform_Brandsteidl-kummert-sich-um-Autonomie-?from=gl.home_bildung",
        "title": "Bildungsreform: Brandsteidl kümmert sich um Autonomie",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/bildung/universitaet/4918330/Rektorenchefin_Zwangsfusionen-von-Unis-funktionieren-nicht-?from=gl.home_bildung",
        "title": "Rektorenchefin: „Zwangsfusionen von Unis funktionieren nicht“",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/bildung/schule/4918560/Matura_Abgabe-der-vorwissenschaftlichen-Arbeiten-steht-an-?from=gl.home_bildung",
        "title": "Matura: Abgabe der vorwissenschaftlichen Arbeiten steht an",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/meingeld/immobilien/4915973/Mietzinsbremse-gilt-nur-fur-heuer?from=gl.home_mein geld",
        "title": '"Mietzinsbremse" gilt nur für heuer',
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/meingeld/aktien/4917661/USAnlagestratege_Blase-in-China-vollstaendig-geplatzt?from=gl.home_mein geld",
        "title": "US-Anlagestratege: „Blase in China vollständig geplatzt“",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/meingeld/aktien/4915984/Rohstoffe_Langes-Warten-auf-die-Trendwende?from=gl.home_mein geld",
        "title": "Rohstoffe: Langes Warten auf die Trendwende",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/zeitgeschichte/4916368/Taten-statt-Worte_Der-Kampf-der-Suffragetten-?from=gl.home_zeitreise",
        "title": '"Taten statt Worte": Der Kampf der Suffragetten',
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/panorama/welt/4917099/Italien_Polizei-beschlagnahmt-fruhere-MussoliniJacht?from=gl.home_zeitreise",
        "title": "Italien: Polizei beschlagnahmt frühere Mussolini-Jacht",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/kultur/kunst/4911841/Kunst-aus-dem-Holocaust-in-Berliner-Museum?from=gl.home_zeitreise",
        "title": "Berliner Museum zeigt Kunst aus dem Holocaust",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/science/4918249/Michelangelo-litt-bose-vor-allem-an-Arthrose?from=gl.home_wissenschaft",
        "title": "Michelangelo litt böse, vor allem an Arthrose",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/science/4918312/Entfernung-greiser-Zellen_Neue-Strategie-gegen-das-Altern?from=gl.home_wissenschaft",
        "title": "Entfernung greiser Zellen: Neue Strategie gegen das Altern?",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/science/4917358/Vor-allem-Frauen-gaehnen-wenn-andere-es-tun?from=gl.home_wissenschaft",
        "title": "Vor allem Frauen gähnen, wenn andere es tun",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/science/4917361/Plastik-dezimiert-Austern-Fische-und-uns?from=gl.home_wissenschaft",
        "title": "Plastik dezimiert Austern, Fische – und uns?",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/science/4917418/Raben-denken-dass-andere-Raben-denken?from=gl.home_wissenschaft",
        "title": "Raben denken, dass andere Raben denken",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/karriere/4881348/Bester-Arbeitgeber_Je-einfacher-die-Botschaft-desto-besser?from=gl.home_karriere",
        "title": "Bester Arbeitgeber: Je einfacher die Botschaft, desto besser",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/karriere/4917777/Top_Das-verdienen-osterreichische-Geschaeftsfuhrer?from=gl.home_karriere",
        "title": "Top: Das verdienen österreichische Geschäftsführer",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/karriere/4918480/No-Sports?from=gl.home_karriere",
        "title": "No Sports",
        "published": None,
    },
    {
        "link": "http://diepresse.com/home/karriere/4918005/Crashkurs-Fuhrung_Der-erste-grosse-Auftritt?from=gl.home_karriere",
        "title": "Crashkurs Führung: Der erste große Auftritt",
        "published": None,
    },
    {
        "link": "http://immobilien.diepresse.com/home/international/4918545/New-York_Zeugen-Jehovas-verkaufen-Watchtower?from=gl.home_karrierenews",
        "title": 'New York: Zeugen Jehovas verkaufen "Watchtower"',
        "published": None,
    },
    {
        "link": "http://immobilien.diepresse.com/home/oesterreich/4918772/Erste-Group-siedelt-in-neue-Zentrale-beim-Hauptbahnhof-?from=gl.home_karrierenews",
        "title": "Erste Group siedelt in neue Zentrale beim Hauptbahnhof",
        "published": None,
    },
    {
        "link": "http://immobilien.diepresse.com/home/wohnen/4917780/Interior-Design_Neue-Bucher?from=gl.home_karrierenews",
        "title": "Große Ideen, exquisite Details",
        "published": None,
    },
    {
        "link": "http://immobilien.diepresse.com/home/oesterreich/4918617/Mietzinsbremse-gilt-nur-fur-heuer?from=gl.home_karrierenews",
        "title": '"Mietzinsbremse" gilt nur für heuer',
        "published": None,
    },
    {
        "link": "http://schaufenster.diepresse.com/home/mode/modenews/4918013/2015_Die-besten-Cover-des-Jahres?from=gl.home_schaufenster",
        "title": "Die besten Cover des Jahres",
        "published": None,
    },
    {
        "link": "http://schaufenster.diepresse.com/home/mode/modenews/4918076/index?from=gl.home_schaufenster",
        "title": "Model-Steckbrief: Viktoria Machajdik",
        "published": None,
    },
    {
        "link": "http://schaufenster.diepresse.com/home/salon/starsundstorys/4917430/Komplexe-Formel-schlichte-Form_Margit-Fischers-Kleid-fur-den-Ball?from=gl.home_schaufenster",
        "title": "Komplexe Formel, schlichte Form: Margit Fischers Kleid für den Ball",
        "published": None,
    },
    {
        "link": "http://schaufenster.diepresse.com/home/mode/modenews/4917724/Brooklyn-Beckham-fotografiert-fur-Burberry?from=gl.home_schaufenster",
        "title": "Brooklyn Beckham fotografiert für Burberry",
        "published": None,
    },
]

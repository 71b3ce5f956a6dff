"""Real page: the Süddeutsche Zeitung's front page (sueddeutsche.de, 5 February 2016), saved by
kaini/newslist for its tests. German. The news sit in two columns of the same teaser markup:
<div class=mainpage id=sitecontent> (the top stories: <div class="teaser …"> cards, a link
a.entry-title around a picture, a kicker <strong>Wohnverhalten</strong> and the headline
<em>So attraktiv ist die City gar nicht</em>, then a summary <p> with "Von Katja Riedel" and
"mehr...") and <div id=relatedcontent>, one <div class=department> per section (München,
Politik, Wirtschaft…) with a section <aside> of links, two or three teaser cards and a
<div class=teaser> holding a <ul class=oneliner> of one-line teasers (kicker + headline), some
of them in a list shown by "mehr". All these are entries: every article link (URL ending in
"-1.NNNNNNN") inside a teaser of either column, in page order. Not entries: the header's
flyouts, the "Meistgelesen" box, the picture galleries (mediabanderole), the light-news tiles
(#escapism), the news ticker, the section <aside> links, an interactive accordion and a reader
poll box. Titles are the <em> headline without its kicker. The teasers show no dates; the
bylines ("Von Kristiana Ludwig, Düsseldorf", with places) are not scored.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "http://www.sueddeutsche.de/"
timezone = "Europe/Berlin"
now = datetime(2016, 2, 5, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.sueddeutsche.de/panorama/nordrhein-westfalen-im-raster-1.2849393",
        "title": "Verstärkte Kontrollen schaffen neue Probleme",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/panorama/karneval-anzeigen-wegen-sexualdelikten-an-weiberfastnacht-in-koeln-1.2850881",
        "title": "22 Anzeigen wegen Sexualdelikten an Weiberfastnacht in Köln",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/politik/alltag-im-buergerkrieg-wie-syrische-kinder-die-luftangriffe-erleben-1.2850789",
        "title": "Wie syrische Kinder die Luftangriffe erleben",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/politik/terrorismus-terrorverdacht-in-berlin-polizei-prueft-verbindung-zu-paris-attentaetern-1.2851153",
        "title": "Terrorverdacht in Berlin: Polizei prüft Verbindung zu Paris-Attentätern",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/politik/wikileaks-julian-assange-in-der-blackbox-der-menschenrechte-1.2851168",
        "title": "Julian Assange in der Blackbox der Menschenrechte",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/politik/willkuerliche-inhaftierung-assange-sieht-sich-durch-un-entscheidung-rehabilitiert-1.2850870",
        "title": "Assange sieht sich durch UN-Entscheidung rehabilitiert",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/politik/nsu-prozess-zschaepe-bekommt-keinen-fuenften-verteidiger-1.2851034",
        "title": "Zschäpe bekommt keinen fünften Verteidiger",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/geld/trendwende-goldflimmern-1.2848837",
        "title": "Warum Anleger wieder auf das Gold setzen",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/wirtschaft/abgas-skandal-volkswagen-verschiebt-jahresabschluss-und-hauptversammlung-1.2851387",
        "title": "Volkswagen verschiebt Jahresabschluss und Hauptversammlung",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/wirtschaft/reden-wir-ueber-geld-sie-weiss-wie-man-mit-den-bossen-an-der-wall-street-umgeht-1.2850564",
        "title": "Sie weiß, wie man mit den Bossen an der Wall Street umgeht",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/wirtschaft/reden-wir-ueber-geld-mit-sandra-navidi-geld-ist-eine-messlatte-fuer-das-ego-1.2848946",
        "title": '"Geld ist eine Messlatte für das Ego"',
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/digital/mobilfunk-urteil-e-plus-darf-datenflat-nicht-beliebig-drosseln-1.2850910",
        "title": "Urteil: E-Plus darf Datenflat nicht beliebig drosseln",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/sport/transfermarkt-diese-neun-china-transfers-erstaunen-die-fussballwelt-1.2850388",
        "title": "Diese neun China-Transfers erstaunen die Fußballwelt",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/kultur/-geburtstag-charlotte-rampling-unschuldig-unnahbar-unberechenbar-1.2849291",
        "title": "Charlotte Rampling - unschuldig, unnahbar, unberechenbar",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/leben/eternal-rules-of-nightclubbing-so-wird-das-vorgluehen-noch-besser-als-die-party-1.2850930",
        "title": "So bereitet man sich auf eine lange Partynacht vor",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/muenchen/studie-zum-wohnverhalten-das-zentrum-steht-nicht-im-mittelpunkt-1.2849162",
        "title": "So attraktiv ist die City gar nicht",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/muenchen/provisorium-mit-infrastruktur-die-zeit-wird-knapp-1.2846062",
        "title": "Warum Ersatz für die Bayernkaserne her muss",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/muenchen/dachau/prozess-messerattacke-auf-ehemann-frau-nennt-ehe-ein-martyrium-1.2849464",
        "title": "Messerattacke auf Ehemann: Frau nennt Ehe ein Martyrium",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/muenchen/prozess-mehr-als-eine-halbe-million-abgezweigt-buchhalterin-muss-ins-gefaengnis-1.2849571",
        "title": "Mehr als eine halbe Million abgezweigt: Buchhalterin muss ins Gefängnis",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/muenchen/bislang-nur-sachschaden-steinewerfer-zielen-auf-die-a-1.2849164",
        "title": "Steinewerfer zielen auf Autos auf der A 99",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/muenchen/prozess-das-boot-auf-erfolgskurs-1.2849573",
        "title": '"Das Boot"-Kameramann klagt auf mehr Honorar',
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/muenchen/klassik-und-macht-was-der-konzertsaal-streit-ueber-muenchen-verraet-1.2847226",
        "title": "Was der Konzertsaal-Streit über München verrät",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/bayern/flughafen-muenchen-zoll-beschlagnahmt-affenschaedel-1.2850329",
        "title": "Zoll beschlagnahmt Affenschädel",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/muenchen/bar-kss-raki-und-arak-statt-rum-und-gin-1.2849569",
        "title": "Raki und Arak statt Rum und Gin",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/muenchen/sport/wintersport-schneekristallzuckerrausch-1.2847083",
        "title": "Ein Skibergsteiger auf der Suche nach Schnee",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/bayern/nuernberg-nach-amok-warnung-an-uni-polizei-gibt-entwarnung-1.2850441",
        "title": "Nach Amok-Warnung an Uni: Polizei gibt Entwarnung",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/bayern/urteil-brand-in-schneizlreuth-eventmanager-muss-ins-gefaengnis-1.2850393",
        "title": "Brand in Schneizlreuth: Eventmanager muss ins Gefängnis",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/bayern/fluechtlinge-willkommen-im-club-1.2848898",
        "title": "Unten Erotikladen, oben Flüchtlingsheim",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/bayern/bayerischer-rundfunk-das-angebot-auf-bayern-passt-einfach-nicht-mehr-1.2850252",
        "title": '"Das Angebot auf Bayern 1 passt einfach nicht mehr"',
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/bayern/brauchtum-bayern-sucht-das-immaterielle-welterbe-1.2848641",
        "title": "Bayern sucht das immaterielle Welterbe",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/bayern/klosterschule-ettaler-jungen-internat-nimmt-jetzt-auch-maedchen-auf-1.2848862",
        "title": "Ettaler Jungen-Internat nimmt jetzt auch Mädchen auf",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/bayern/kratzers-wortschatz-ja-bist-du-ein-fackebaer-1.2719255",
        "title": "Ralf Stegner hat ein Talent, Gfrieser zu schneiden",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/politik/krieg-in-syrien-bomben-auf-aleppo-die-bewohner-fliehen-in-tausenden-1.2850364",
        "title": "Bomben auf Aleppo - Die Bewohner fliehen in Tausenden",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/politik/spd-hannelore-kraft-filmt-sich-selbst-das-sieht-man-auch-1.2847038",
        "title": "Hannelore Kraft filmt sich selbst - das sieht man auch",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/politik/wikileaks-un-gremium-schweden-und-grossbritannien-muessen-assange-entschaedigung-zahlen-1.2850379",
        "title": "UN-Gremium: Assange hat Anspruch auf Entschädigung",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/politik/russland-widersprueche-des-handlungsreisenden-seehofer-1.2848925",
        "title": "Widersprüche des Handlungsreisenden Seehofer",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/politik/us-vorwahl-clinton-wirft-sanders-kunstvolle-schmutzkampagne-vor-1.2850305",
        "title": 'Clinton wirft Sanders "kunstvolle Schmutzkampagne" vor',
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/politik/wikileaks-gruender-ecuador-will-entschaedigung-fuer-unterbringung-von-julian-assange-1.2850332",
        "title": "Ecuador will Entschädigung für Unterbringung von Julian Assange",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/politik/sz-espresso-der-morgen-kompakt-die-uebersicht-fuer-eilige-1.2850335",
        "title": "Der Morgen kompakt - die Übersicht für Eilige",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/politik/fluechtlinge-gegen-vorurteile-werden-fluechtlinge-mit-unseren-steuern-bezahlt-1.2848706",
        "title": "Werden Flüchtlinge mit unseren Steuern bezahlt?",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/panorama/kuba-historische-begegnung-papst-trifft-moskauer-patriarchen-kyrill-i-1.2850800",
        "title": "Historische Begegnung: Papst trifft Moskauer Patriarchen Kyrill",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/panorama/usa-lotto-gewinner-in-kalifornien-holt-millionen-dollar-nicht-ab-1.2850770",
        "title": "Lotto-Gewinner in Kalifornien holt 63 Millionen Dollar nicht ab",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/panorama/einsturz-menschen-in-suedafrikanischer-goldmine-gefangen-1.2850572",
        "title": "Aufatmen nach Minen-Unglück in Südafrika",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/panorama/tuerkei-tuerkisches-religionsamt-augenbrauenzupfen-ist-suende-1.2850341",
        "title": "Türkisches Religionsamt: Augenbrauenzupfen ist Sünde",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/panorama/twitter-phaenomen-wer-ist-die-mama-1.2850376",
        "title": "Wer ist die Mama?",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/panorama/somalia-explosion-an-bord-behoerden-gehen-von-bombe-aus-1.2850366",
        "title": "Explosion an Bord: Behörden gehen von Bombe aus",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/panorama/sport-einstand-1.2849405",
        "title": "Rätselraten um Schweinsteiger-Ivanovic-Hochzeit",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/panorama/karneval-koeln-bleibt-zuhause-1.2850176",
        "title": "Köln bleibt zu Hause",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/wirtschaft/german-pellets-ziemlich-abgebrannt-1.2848891",
        "title": "German Pellets steckt in finanziellen Schwierigkeiten",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/wirtschaft/soziales-netzwerk-linkedin-schockiert-die-anleger-1.2850339",
        "title": "Linkedin schockiert die Anleger",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/wirtschaft/vereinigte-staaten-obama-will-oel-besteuern-duemmste-idee-aller-zeiten-1.2850381",
        "title": 'Obama will Öl besteuern - "dümmste Idee aller Zeiten"',
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/wirtschaft/martin-shkreli-meistgehasster-mann-des-internets-nennt-us-abgeordnete-idioten-1.2850330",
        "title": '"Meistgehasster Mann des Internets" nennt US-Abgeordnete "Idioten"',
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/wirtschaft/industrie-und-handelskammern-angriff-auf-die-industrie-und-handelskammern-1.2848829",
        "title": "Angriff auf das IHK-Vermögen",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/wirtschaft/gastronomie-hans-im-glueck-will-trotz-streit-mit-partner-expandieren-1.2849638",
        "title": '"Hans im Glück" will trotz Streit mit Partner expandieren',
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/wirtschaft/rohstoffpreise-gas-wird-immer-billiger-ausser-fuer-die-kunden-1.2848795",
        "title": "Gas wird immer billiger - außer für die Kunden",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/geld/bezahlen-bargeld-ist-gepraegte-freiheit-1.2847157",
        "title": "Bargeld ist geprägte Freiheit",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/sport/bundesliga-guardiola-ich-bin-wie-eine-frau-ich-kann-beides-1.2850647",
        "title": 'Guardiola: "Ich bin wie eine Frau - ich kann beides"',
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/sport/borussia-moenchengladbach-trainer-schubert-keinen-grund-zur-panik-1.2849807",
        "title": "Gladbach bekämpft die Blockade",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/sport/transfer-hsv-ilicevic-nach-kopfstoss-suspendiert-1.2851558",
        "title": "HSV: Ilicevic nach Kopfstoß suspendiert",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/sport/bundesliga-zwei-erscheinungen-erleuchten-leverkusen-1.2849804",
        "title": "Zwei Erscheinungen erleuchten Leverkusen",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/sport/fussball-in-spanien-warum-sich-der-fc-valencia-an-euro-eddy-erinnert-1.2849821",
        "title": "Warum sich der FC Valencia an Euro-Eddy erinnert",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/sport/american-football-super-bowl-im-tv-spass-und-stripes-1.2848681",
        "title": "Super Bowl im TV: Spaß und Stripes",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/sport/mal-der-fussballschlagabtausch-der-fussballschlagabtausch-1.2848800",
        "title": '"Tasci gegen Messi? Das macht Bauchschmerzen"',
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/sport/tennis-fed-cup-petkovic-beginnt-kerber-gegen-bacsinszky-1.2850927",
        "title": "Fed Cup: Petkovic beginnt, Kerber gegen Bacsinszky",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/digital/messenger-dienst-whatsapp-gruppenchats-werden-riesig-1.2850433",
        "title": "Whatsapp-Gruppenchats werden riesig",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/digital/serie-kuenstliche-intelligenz-wir-unfreiwilligen-helfer-1.2847212",
        "title": "Wie Google User für sich arbeiten lässt - unbewusst und unbezahlt",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/digital/datentransfer-in-die-usa-nach-safe-harbor-superlasche-regeln-werden-durch-lasche-regeln-ersetzt-1.2847159",
        "title": "Nach Safe Harbor: Superlasche Regeln werden durch lasche Regeln ersetzt",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/digital/suchmaschinen-chef-dieser-mann-ist-jetzt-fuer-googles-kronjuwelen-verantwortlich-1.2848935",
        "title": "Dieser Mann ist jetzt für Googles Kronjuwelen verantwortlich",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/digital/news-zu-iphone-ipad-und-apple-watch-diese-produkte-wird-apple-im-maerz-vorstellen-1.2075840",
        "title": "Diese Produkte wird Apple im März vorstellen",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/digital/datenschutz-nach-safe-harbor-eu-datenschuetzer-verschonen-unternehmen-vorerst-1.2847570",
        "title": "EU-Datenschützer setzen Unternehmen Gnadenfrist",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/digital/musikstreaming-spotify-kaempfte-mit-technischen-problemen-1.2847536",
        "title": "Spotify kämpfte mit technischen Problemen",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/medien/revival-auf-prosieben-die-skurrilsten-folgen-von-akte-x-1.2847268",
        "title": "Die skurrilsten Folgen von Akte X",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/medien/neue-staffel-germanys-next-topmodel-der-fleischmarkt-den-wir-kapitalismus-nennen-1.2849792",
        "title": "Der Fleischmarkt, den wir Kapitalismus nennen",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/kultur/kultband-gruender-von-earth-wind-and-fire-maurice-white-gestorben-1.2850300",
        "title": "Gründer von Earth, Wind and Fire gestorben",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/medien/nach-skandal-um-autoshow-friends-star-matt-leblanc-kommt-zu-top-gear-1.2850199",
        "title": '"Friends"-Star Matt LeBlanc kommt zu "Top Gear"',
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/medien/debatte-um-die-afd-die-afd-ignorieren-oder-entlarven-1.2848535",
        "title": "Die AfD ignorieren? Oder entlarven?",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/medien/bozen-krimi-im-ersten-bergsee-als-mordwaffe-1.2847891",
        "title": "Bergsee als Mordwaffe",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/kultur/kino-tatort-tschiller-off-duty-tschiller-will-sein-maedchen-zurueck-1.2847446",
        "title": "Tschiller will sein Mädchen zurück",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/wissen/verhaltensbiologie-der-mensch-nicht-die-einzige-art-die-schlechter-fuehrung-zum-opfer-faellt-1.2848824",
        "title": '"Der Mensch ist nicht die einzige Art, die schlechter Führung zum Opfer fällt"',
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/gesundheit/berlin-notaufnahmen-in-not-1.2849391",
        "title": "Notaufnahmen sollen Bagatellfälle abweisen",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/wissen/kernfusion-der-ewige-heisse-traum-von-unerschoepflicher-energie-1.2848927",
        "title": "Der ewige, heiße Traum von unerschöpflicher Energie",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/gesundheit/dna-analyse-wieso-bettwanzen-resistent-sind-1.2847701",
        "title": "Wieso Bettwanzen resistent sind",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/gesundheit/zika-virus-blutspendeverbot-fuer-reiseheimkehrer-1.2848956",
        "title": "Blutspendeverbot für Tropenreisende",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/wissen/kernfusion-merkel-zuendet-wendelstein-x-1.2847245",
        "title": "Merkel zündet Wendelstein 7-X",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/wissen/verhaltensforschung-mieser-fieser-sieger-1.2846019",
        "title": "Mieser fieser Sieger",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/karriere/szde-merkzettel-der-rechtschreib-spicker-fuers-buero-1.2850215",
        "title": "Der Rechtschreib-Spicker fürs Büro",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/bildung/nach-dem-abitur-soll-ich-studieren-oder-eine-ausbildung-machen-1.2836730",
        "title": "Soll ich studieren oder eine Ausbildung machen?",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/bildung/darmstadt-student-nach-sympathiebekundungen-fuer-is-festgenommen-1.2847425",
        "title": "Student nach Sympathiebekundungen für IS festgenommen",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/bildung/schule-was-droht-eltern-die-den-urlaub-eigenmaechtig-verlaengern-1.2843690",
        "title": "Was droht Eltern, die den Urlaub eigenmächtig verlängern?",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/bildung/schule-in-nordirland-diese-note-kann-nicht-ausdruecken-wie-grossartig-du-bist-1.2846973",
        "title": '"Diese Note kann nicht ausdrücken, wie großartig du bist!"',
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/bildung/grundschule-eltern-fuerchten-sich-vor-migrantenkindern-1.2837237",
        "title": "Eltern fürchten sich vor Migrantenkindern",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/leben/feminismus-muslimische-frauen-kennen-oft-ihre-eigene-religion-nicht-1.2848886",
        "title": '"Muslimische Frauen kennen oft ihre eigene Religion nicht"',
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/leben/familie-fuer-junge-erwachsene-ist-die-scheidung-der-eltern-am-schlimmsten-1.2847000",
        "title": "Und plötzlich lassen sich deine Eltern scheiden",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/leben/statistik-bei-kita-betreuung-grosse-unterschiede-zwischen-ost-und-west-1.2846626",
        "title": "Bei Kita-Betreuung große Unterschiede zwischen Ost und West",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/leben/frag-ein-klischee-wer-darf-deine-haare-anfassen-1.2845430",
        "title": "Darf man deine Haare anfassen?",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/leben/familientrio-was-tun-wenn-die-beste-freundin-nur-noch-mama-ist-1.2837489",
        "title": "Was tun, wenn die beste Freundin nur noch Mama ist?",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/reise/berliner-app-frendly-insider-tipps-von-berlinern-erst-nach-dem-dritten-kirschlikoer-1.2845407",
        "title": "Insider-Tipps von Berlinern? Erst nach dem dritten Kirschlikör!",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/reise/indonesien-schatzinseln-1.2833873",
        "title": "Die Schatzinseln von Raja Ampat",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/reise/reisebuch-schottland-bilder-vom-dudelsack-blues-1.2833882",
        "title": "Bilder vom Dudelsack-Blues",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/reise/ski-alarm-auf-der-alm-1.2833875",
        "title": "Alarm auf der Alm",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/reise/karneval-in-venedig-dolce-lisa-1.2843695",
        "title": "Dolce Lisa",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/reise/mitten-in-absurdistan-das-ist-die-neue-freiheit-1.2809492",
        "title": "Hunde, die aus Jäckchen starren",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/auto/gelaendewagen-toyota-landcruiser-das-auto-fuer-safariurlauber-und-is-terroristen-1.2850418",
        "title": "Toyota Landcruiser: Das Auto für Safariurlauber und IS-Terroristen",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/auto/seat-alhambra-der-verstand-faehrt-beim-seat-alhambra-mit-1.2834726",
        "title": "Der Verstand fährt im Seat Alhambra mit",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/auto/adac-statistik-war-stau-rekordjahr-1.2849271",
        "title": "2015 war Stau-Rekordjahr",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/auto/abgastest-mercedes-c-cdi-aerger-mit-dem-wundersamen-dieselmotor-1.2847537",
        "title": "Ärger mit dem wundersamen Dieselmotor",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/auto/gipfel-zur-elektromobilitaet-eine-million-elektroautos-aus-einem-ambitionierten-ziel-wird-ein-utopisches-1.2845075",
        "title": "Eine Million Elektroautos: Aus einem ambitionierten Ziel wird ein utopisches",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/auto/fahrbericht-porsche-turbo-s-schnellster-seiner-klasse-1.2838532",
        "title": "Porsche 911 Turbo S: Schnellster seiner Klasse",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/auto/delorean-dmc-kult-filmauto-wird-wieder-gebaut-1.2844726",
        "title": "Kult-Filmauto wird wieder gebaut",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/auto/jahre-benz-motorwagen-hat-carl-benz-wirklich-das-auto-erfunden-1.2847795",
        "title": "Hat Carl Benz wirklich das Auto erfunden?",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/stil/das-neue-essen-auf-raedern-spitzenkueche-fuer-zuhause-rehruecken-la-ruth-1.2847406",
        "title": "Spitzenküche für zu Hause: Rehrücken à la Ruth",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/stil/kunst-schnitzen-statt-spitzen-1.2845560",
        "title": "Schnitzen statt Spitzen",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/stil/testseite-das-sind-die-besten-haarsprays-1.2837294",
        "title": "Das sind die besten Haarsprays",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/stil/restaurantbesuch-smartphones-erlaubt-telefonieren-verboten-1.2843730",
        "title": "Smartphones im Sterne-Restaurant erlaubt, Telefonieren verboten",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/stil/geschmackssache-ossobuco-1.2837317",
        "title": "Ossobuco: Heimliche Königin des Schmortopfes",
        "published": None,
    },
    {
        "link": "http://www.sueddeutsche.de/stil/preiswerte-brautmode-weissknueller-1.2837284",
        "title": "Weißknüller",
        "published": None,
    },
]

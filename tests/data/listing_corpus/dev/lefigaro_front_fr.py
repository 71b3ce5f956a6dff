"""Real page: Le Figaro's front page (lefigaro.fr, 10 February 2016 just after midnight), saved by
kaini/newslist for its tests. French. The main column (.fig-main-col) holds teasers
(<section class="fig-profil …">, some in two columns, some grouped in a topic's
<section class=fig-ensemble>, a few in widget lists): the headline link in
<h2 class=fig-profil-headline>, a picture, a chapô starting with a rubric label ("LE SCAN
POLITIQUE -"), a tools list (comments, share, the rubric with a popover of its latest
articles), then two dates: <span class=fig-date-maj> (updated) before <span class=fig-date-pub>
(published), each "<time datetime=…> le 09/02/2016 à 23:25</time>". Entries: every teaser's
headline link, in page order; published is the fig-date-pub time (a teaser without one leaves
the date unscored). Not entries: the promotional widgets (.fig-promo), the right column
(most read, services), navigation, footer. Bylines are not shown.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "http://www.lefigaro.fr/"
timezone = "Europe/Paris"
now = datetime(2016, 2, 9, 23, 30, tzinfo=UTC)

entries = [
    {
        "link": "http://www.lefigaro.fr/politique/2016/02/09/01002-20160209ARTFIG00355-decheancevalls-verrouille-les-debats.php",
        "title": "La déchéance de nationalité votée à une courte majorité",
        "published": datetime(2016, 2, 9, 19, 39, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/politique/le-scan/citations/2016/02/09/25002-20160209ARTFIG00392-decheance-pour-macron-on-ne-traite-pas-le-mal-en-l-expulsant.php",
        "title": "Déchéance de nationalité : pour Macron, «on ne traite pas le mal en l'expulsant»",
        "published": datetime(2016, 2, 9, 22, 25, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/politique/2016/02/09/01002-20160209ARTFIG00256-la-gauche-au-pouvoir-perd-ses-bases-et-ses-valeurs-de-reference.php",
        "title": "La gauche au pouvoir perd ses bases et ses valeurs de référence",
        "published": datetime(2016, 2, 9, 16, 25, tzinfo=UTC),
    },
    {
        "link": "http://sport24.lefigaro.fr/jeux-olympiques/jo-2024/actualites/paris-2024-un-logo-pour-conquerir-le-monde-791282",
        "title": "JO 2024 : la tour Eiffel, emblême de la candidature de Paris",
        "published": datetime(2016, 2, 9, 19, 30, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/politique/le-scan/2016/02/09/25001-20160209ARTFIG00302-remaniement-l-executif-confronte-a-une-longue-serie-de-refus-publiquement-affiches.php",
        "title": "Remaniement : Hollande confronté à une longue série de refus",
        "published": datetime(2016, 2, 9, 17, 39, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/politique/le-scan/coulisses/2016/02/09/25006-20160209ARTFIG00221-le-cout-des-ex-presidents-et-des-ex-premiers-ministres-revele.php",
        "title": "Le coût des ex-présidents et des ex-premiers ministres révélé",
        "published": datetime(2016, 2, 9, 14, 48, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/vox/politique/2016/02/09/31001-20160209ARTFIG00254-le-seul-remaniement-qui-aurait-du-sens-serait-de-congedier-manuel-valls.php",
        "title": "«Le seul remaniement qui aurait du sens serait de congédier Manuel Valls»",
        "published": datetime(2016, 2, 9, 16, 14, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/sciences/2016/02/09/01008-20160209ARTFIG00317-la-nasa-publie-une-image-de-la-planete-mars-en-realite-virtuelle.php",
        "title": "La Nasa publie une image de la planète Mars en réalité virtuelle",
        "published": datetime(2016, 2, 9, 18, 11, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/conjoncture/2016/02/09/20002-20160209ARTFIG00354-les-huit-clefs-d-une-crise-des-eleveurs-sans-precedent.php",
        "title": "Les huit clefs d'une crise des éleveurs sans précédent",
        "published": datetime(2016, 2, 9, 19, 30, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/conjoncture/2016/02/09/20002-20160209ARTFIG00140-crise-de-l-elevage-on-se-retrouve-dans-un-cercle-vicieux-duquel-il-est-difficile-de-sortir.php",
        "title": "Crise de l'élevage : «Bruxelles n'est pas bien armée pour agir sur les prix»",
        "published": datetime(2016, 2, 9, 11, 28, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/actualites/2016/02/09/01001-20160209QCMWWW00100-etes-vous-pret-a-payer-plus-cher-les-produits-alimentaires-pour-aider-les-agriculteurs-francais.php",
        "title": "Êtes-vous prêt à payer des produits alimentaires plus cher pour aider les agriculteurs français?",
        "published": datetime(2016, 2, 9, 9, 45, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/actualite-france/2016/02/09/01016-20160209ARTFIG00266--l-arbresle-reouverture-d-une-mosquee-deradicalisee.php",
        "title": "«Déradicalisée», la première mosquée fermée après les attentats rouvre dans le Rhône",
        "published": datetime(2016, 2, 9, 16, 41, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/politique/le-scan/2016/02/09/25001-20160209ARTFIG00276-primaire-de-la-droite-alain-juppe-creuse-l-ecart.php",
        "title": "Primaire de la droite : Alain Juppé creuse l'écart",
        "published": datetime(2016, 2, 9, 16, 55, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/politique/le-scan/coulisses/2016/02/09/25006-20160209ARTFIG00230--bordeaux-juppe-choisit-calmels-comme-dauphin-en-cas-de-victoire-en-2017.php",
        "title": "À Bordeaux, Juppé choisit Calmels comme dauphin en cas de victoire en 2017",
        "published": datetime(2016, 2, 9, 15, 11, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/elections-americaines/2016/02/09/01040-20160209ARTFIG00020-elections-americaines-les-primaires-du-new-hampshire-en-quatre-questions.php",
        "title": "Élections américaines : les primaires du New Hampshire en quatre questions",
        "published": datetime(2016, 2, 9, 5, 19, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/elections-americaines/2016/02/09/01040-20160209ARTFIG00296-donald-trump-harangue-son-petit-peuple.php",
        "title": "Donald Trump harangue son «petit peuple»",
        "published": datetime(2016, 2, 9, 17, 28, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/international/2016/02/09/01003-20160209ARTFIG00084-un-accident-de-train-fait-au-moins-quatre-morts-en-allemagne.php",
        "title": "Bavière : une erreur humaine pourrait être à l'origine de la catastrophe ferroviaire",
        "published": datetime(2016, 2, 9, 8, 41, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/politique/2016/02/09/01002-20160209ARTFIG00278-alpes-maritimes-eric-ciotti-veut-suspendre-le-rsa-apres-le-refus-de-deux-offres-d-emploi.php",
        "title": "Alpes-Maritimes : Eric Ciotti veut suspendre le RSA lors du refus de deux offres d'emploi",
        "published": datetime(2016, 2, 9, 16, 56, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/international/2016/02/09/01003-20160209ARTFIG00340-rome-veut-la-verite-sur-la-mort-d-un-chercheur-italien-au-caire.php",
        "title": "Rome veut la vérité sur la mort d'un chercheur italien au Caire",
        "published": datetime(2016, 2, 9, 18, 56, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/secteur/high-tech/2016/02/09/32001-20160209ARTFIG00217-le-nouveau-pdg-de-google-va-recevoir-pour-199-millions-de-dollars-d-actions.php",
        "title": "Le nouveau PDG de Google reçoit pour 199 millions de dollars d'actions",
        "published": datetime(2016, 2, 9, 14, 37, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/international/2016/02/09/01003-20160209ARTFIG00289--berlin-varoufakis-lance-son-utopie-europeenne.php",
        "title": "À Berlin, Varoufakis lance son utopie européenne",
        "published": datetime(2016, 2, 9, 17, 10, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/conso/2016/02/09/05007-20160209ARTFIG00343-volkswagen-a-commence-a-rappeler-des-vehicules-en-france.php",
        "title": "Volkswagen a commencé à rappeler des véhicules en France",
        "published": datetime(2016, 2, 9, 19, 6, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/international/2016/02/09/01003-20160209ARTFIG00294-le-modele-suedois-bouscule-par-l-afflux-de-refugies.php",
        "title": "Le modèle suédois bousculé par l'afflux de réfugiés",
        "published": datetime(2016, 2, 9, 17, 24, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/culture/2016/02/09/03004-20160209ARTFIG00286-risque-d-attentats-virus-zika-rien-ne-peut-arreter-le-carnaval.php",
        "title": "Risque d'attentats, virus Zika... rien ne peut arrêter le carnaval",
        "published": datetime(2016, 2, 9, 17, 7, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/sante/2016/02/09/01004-20160209ARTFIG00293-h1n1-l-etat-rechigne-a-indemniser-les-victimes-du-vaccin.php",
        "title": "H1N1 : l'État rechigne à indemniser les victimes du vaccin",
        "published": datetime(2016, 2, 9, 17, 25, tzinfo=UTC),
    },
    {
        "link": "http://sport24.lefigaro.fr/football/coupe-de-france/actualites/sochaux-monaco-en-direct-791253",
        "title": "Coupe de France : exploit de Sochaux face à Monaco",
        "published": datetime(2016, 2, 9, 17, 39, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/actualite-france/2016/02/08/01016-20160208ARTFIG00246-une-lyceenne-de-15-ans-portee-disparue-depuis-une-semaine-sur-l-ile-d-oleron.php",
        "title": "Disparue d'Oléron : l'enquête requalifiée en «enlèvement et séquestration»",
        "published": datetime(2016, 2, 8, 16, 50, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/actualite-france/2016/02/09/01016-20160209ARTFIG00060-vents-violents-et-risques-de-submersions-22-departements-en-alerte-orange.php",
        "title": "Tempête : la façade Atlantique et la Haute-Corse toujours en alerte orange",
        "published": datetime(2016, 2, 9, 7, 35, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/actualite-france/2016/02/09/01016-20160209ARTFIG00344-finistere-deux-retraites-sauves-de-la-noyade-par-un-promeneur.php",
        "title": "Finistère : deux retraités sauvés de la noyade par un promeneur",
        "published": datetime(2016, 2, 9, 19, 9, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/actualite-france/2016/02/09/01016-20160209ARTFIG00332-pas-d-indemnisation-pour-les-proprietaires-du-signal-victimes-de-l-erosion-du-littoral.php",
        "title": "Pas d'indemnisation pour les propriétaires du «Signal» victimes de l'érosion du littoral",
        "published": datetime(2016, 2, 9, 18, 40, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/medias/2016/02/09/20004-20160209ARTFIG00334-le-petit-ecran-accro-a-la-fiction-francaise.php",
        "title": "Le petit écran accro à la fiction française",
        "published": datetime(2016, 2, 9, 18, 49, tzinfo=UTC),
    },
    {
        "link": "http://bourse.lefigaro.fr/indices-actions/actu-conseils/la-bourse-de-paris-toujours-en-proie-aux-craintes-pour-l-economie-mondiale-4922068",
        "title": "Le CAC 40 tombe sous les 4000 points, au plus bas depuis octobre 2014",
        "published": datetime(2016, 2, 9, 8, 56, tzinfo=UTC),
    },
    {
        "link": "http://bourse.lefigaro.fr/indices-actions/actu-conseils/la-bourse-d-athenes-au-plus-bas-depuis-26-ans-4922223",
        "title": "La Bourse d'Athènes au plus bas depuis 26 ans",
        "published": datetime(2016, 2, 9, 15, 31, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/politique/le-scan/2016/02/09/25001-20160209ARTFIG00281-apres-les-menaces-de-daech-valls-promet-une-protection-au-fn-et-a-ses-dirigeants.php",
        "title": "Après les menaces de Daech, Valls promet une protection «au FN et à ses dirigeants»",
        "published": datetime(2016, 2, 9, 16, 59, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/actualite-france/2016/02/09/01016-20160209ARTFIG00014-l-education-nationale-cherche-la-parade-contre-les-theories-du-complot.php",
        "title": "L'Éducation nationale cherche la parade contre les théories du complot",
        "published": datetime(2016, 2, 9, 5, 0, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/politique/le-scan/insolites/2016/02/09/25007-20160209ARTFIG00347-theorie-du-complot-najat-vallaud-belkacem-s-amuse-des-rumeurs-qui-la-visent-sur-le-web.php",
        "title": "Quand Najat Vallaud-Belkacem joue la théoricienne du complot",
        "published": datetime(2016, 2, 9, 19, 16, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/vox/societe/2016/02/09/31003-20160209ARTFIG00321-folie-complotiste-et-reductio-ad-complotum.php",
        "title": "Folie complotiste et reductio ad complotum",
        "published": datetime(2016, 2, 9, 18, 19, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/actualite-france/2016/02/08/01016-20160208ARTFIG00327-les-controles-leurres-arrivent-sur-les-routes.php",
        "title": "Les «contrôles leurres» arrivent sur les routes",
        "published": datetime(2016, 2, 8, 19, 17, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/international/2016/02/09/01003-20160209ARTFIG00212-un-groupe-dissident-de-l-ira-revendique-une-fusillade-a-dublin.php",
        "title": "Un groupe dissident de l'IRA revendique une fusillade à Dublin",
        "published": datetime(2016, 2, 9, 14, 23, tzinfo=UTC),
    },
    {
        "link": "http://madame.lefigaro.fr/societe/gilles-kepel-et-saphia-azzeddine-autopsie-dune-crise-didentite-290116-112149",
        "title": "Femmes et Coran : le grand débat de Gilles Kepel et Saphia Azzeddine",
        "published": datetime(2016, 2, 8, 17, 3, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/societes/2016/02/09/20005-20160209ARTFIG00150-pour-ses-10-ans-le-bon-coin-fait-peau-neuve.php",
        "title": "Pour ses 10 ans, le Bon Coin fait peau neuve",
        "published": datetime(2016, 2, 9, 11, 47, tzinfo=UTC),
    },
    {
        "link": "http://avis-vin.lefigaro.fr/economie-du-vin/o120906-la-france-lance-un-site-pour-promouvoir-l-oenotourisme",
        "title": "La France lance un site pour promouvoir l'oenotourisme",
        "published": datetime(2016, 2, 9, 15, 29, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/actualite-france/2016/02/09/01016-20160209ARTFIG00137-l-enseignant-soupconne-de-filmer-des-enfants-explique-son-suicide-dans-un-enregistrement.php",
        "title": "L'enseignant soupçonné de filmer des enfants explique son suicide dans un enregistrement",
        "published": datetime(2016, 2, 9, 11, 24, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/musique/2016/02/09/03006-20160209ARTFIG00309-loire-le-hellfest-prive-de-subventions-repond-a-ses-elus.php",
        "title": "Loire: le Hellfest privé de subventions répond à ses élus",
        "published": datetime(2016, 2, 9, 17, 48, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/musique/2016/02/09/03006-20160209ARTFIG00235-la-musique-classique-ce-n-est-pas-que-pour-les-vieux.php",
        "title": "«La musique classique ce n'est pas que pour les vieux»",
        "published": datetime(2016, 2, 9, 15, 31, tzinfo=UTC),
    },
    {
        "link": "http://tvmag.lefigaro.fr/le-scan-tele/polemiques/2016/02/09/28003-20160209ARTFIG00346-cyril-hanouna-se-deguise-en-moustique-et-reagit-a-sa-caricature-dans-charlie-hebdo.php",
        "title": "Déguisé en moustique, Cyril Hanouna répond à Charlie Hebdo",
        "published": datetime(2016, 2, 9, 19, 16, tzinfo=UTC),
    },
    {
        "link": "http://madame.lefigaro.fr/style/le-dilemme-de-la-tenue-de-saint-valentin-020216-112222",
        "title": "Look : les erreurs à ne pas commettre pour un rendez-vous amoureux",
        "published": datetime(2016, 2, 2, 17, 26, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/musique/2016/02/09/03006-20160209ARTFIG00282-madonna-a-deux-doigts-d-une-nouvelle-chute-sur-scene.php",
        "title": "Madonna, à deux doigts d'une nouvelle chute sur scène",
        "published": datetime(2016, 2, 9, 17, 1, tzinfo=UTC),
    },
    {
        "link": "http://blog.lefigaro.fr/mise-en-selle/2016/02/silvana-les-adieux-a-la-reine.html",
        "title": "Silvana, les «Adieux à la Reine»",
        "published": datetime(2016, 2, 9, 16, 33, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/mode-homme/2016/02/08/30007-20160208ARTFIG00312-new-york-en-mode-a-part.php",
        "title": "New York en mode à part",
        "published": datetime(2016, 2, 8, 18, 44, tzinfo=UTC),
    },
    {
        "link": "http://madame.lefigaro.fr/celebrites/david-et-victoria-beckham-sur-le-point-de-divorcer-090216-112378",
        "title": "David et Victoria Beckham seraient sur le point de divorcer",
        "published": datetime(2016, 2, 9, 11, 5, tzinfo=UTC),
    },
    {
        "link": "http://tvmag.lefigaro.fr/le-scan-tele/polemiques/2016/02/09/28003-20160209ARTFIG00325-nabilla-benattia-a-reconnu-avoir-viole-son-controle-judiciaire.php",
        "title": "Nabilla Benattia a reconnu avoir «violé son contrôle judiciaire»",
        "published": datetime(2016, 2, 9, 18, 27, tzinfo=UTC),
    },
    {
        "link": "http://www.lefigaro.fr/photos/2016/02/08/01013-20160208ARTFIG00231-24-heures-photo.php",
        "title": "24 heures photo",
        "published": datetime(2016, 2, 8, 16, 24, tzinfo=UTC),
    },
]

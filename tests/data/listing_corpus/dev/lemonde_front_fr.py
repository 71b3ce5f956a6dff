"""Real page: Le Monde's front page (lemonde.fr, 1 February 2016), saved by kaini/newslist for
its tests. French (no lang attribute; og:locale fr_FR). Teasers of many shapes: the lead
(<article class=titre_une>, the link around an <h1> and a picture) and its secondary
stories, lists of headline links (div.titres_liste), then one block per rubric (Les
Décodeurs, Pixels, Politique, Société, Économie, Planète, Sciences, Campus, M le magazine,
Culture, Idées, Argent…): pictures with a <figcaption> headline and a reaction count
("… en France 8": the count in <span class=nb_reactions> is not part of the title), an
<article class=img_tt_chapo> whose only link is the picture while the headline is an
unlinked <h2> (its link is scripted: <span class=obf data-href=…>), lists of links. Entries:
every article link (/…/article/YYYY/MM/DD/…, and the blog posts of the headline lists,
….blog.lemonde.fr/YYYY/MM/DD/…, whose headline is followed by a label, "Post de blog", that is not part of the title) of those, in page order, the title from the
link's heading or caption, else the card's heading. Not entries: the bullet lists of related
articles under a story (ul.liste_carre), the "en continu" feed and the bottom news ticker,
the right-hand column's blogs (bloc_droit), the most-shared box, the sponsored brand rubric,
the rubric menus, header and footer. The teasers show no dates; bylines are not shown.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "http://www.lemonde.fr/"
timezone = "Europe/Paris"
now = datetime(2016, 2, 1, 13, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.lemonde.fr/international/article/2016/02/01/la-belgique-a-des-difficultes-avec-le-fanatisme-mais-pas-plus-que-les-banlieues-francaises_4856969_3210.html",
        "title": "Charles Michel : « Nous ne voulons pas que s’installent en Belgique des zones de non-droit »",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/les-decodeurs/article/2016/02/01/primaire-democrate-aux-etats-unis-quand-et-comment-chaque-etat-vote-t-il_4857044_4355770.html",
        "title": "Les démocrates ont aussi leur primaire aux Etats-Unis : quand et comment votent-ils ?",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/planete/article/2016/02/01/une-tentative-de-remorquage-du-cargo-modern-express-avant-un-echouement-sur-la-cote-landaise_4856939_3244.html",
        "title": "Tentative de remorquage du cargo « Modern-Express » avant un échouement sur la côte landaise",
        "published": None,
    },
    {
        "link": "http://ecologie.blog.lemonde.fr/2016/02/01/pourquoi-un-requin-en-a-devore-un-autre-dans-un-aquarium-de-seoul/",
        "title": "Pourquoi un requin en a dévoré un autre dans un aquarium de Séoul",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/m-gastronomie/article/2016/02/01/michelin-trois-etoiles-pour-alain-ducasse-au-plaza-athenee-et-le-cinq_4857129_4497540.html",
        "title": "Michelin : trois étoiles pour Alain Ducasse au Plaza Athénée et Le Cinq",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/europe/article/2016/02/01/brexit-journee-decisive-de-negociations-entre-m-cameron-et-les-europeens_4857157_3214.html",
        "title": "Brexit : journée décisive de négociations entre M. Cameron et les Européens",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/actualite-medias/article/2016/02/01/l-aube-va-se-lever-tres-vite-sur-les-jours_4856981_3236.html",
        "title": "L’aube va se lever très vite sur Les Jours",
        "published": None,
    },
    {
        "link": "http://prdchroniques.blog.lemonde.fr/2016/02/01/jacqueline-sauvage-et-lhabile-compromis-de-la-grace-presidentielle/",
        "title": "Jacqueline Sauvage et l’habile compromis de la grâce présidentielle",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/proche-orient/article/2016/02/01/a-geneve-des-discussions-s-amorcent-sur-le-volet-humanitaire-en-syrie_4857009_3218.html",
        "title": "A Genève, des discussions s’amorcent sur le volet humanitaire en Syrie",
        "published": None,
    },
    {
        "link": "http://droites-extremes.blog.lemonde.fr/2016/02/01/jean-marie-le-pen-present-au-banquet-de-rivarol-pour-feter-lanniversaire-de-son-interview/",
        "title": "Jean-Marie Le Pen sera au « banquet » de « Rivarol » pour fêter l’anniversaire de son interview",
        "published": None,
    },
    {
        "link": "http://luipresident.blog.lemonde.fr/2016/02/01/les-promesses-que-christiane-taubira-a-laissees-a-son-successeur-jean-jacques-urvoas/",
        "title": "Les promesses de la gauche que Christiane Taubira laisse à Jean-Jacques Urvoas",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/economie/article/2016/02/01/hausse-des-tarifs-des-autoroutes-des-automobilistes-en-colere-et-un-gendarme-impuissant_4857001_3234.html",
        "title": "Hausse des tarifs des autoroutes : des automobilistes en colère et un gendarme impuissant",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/campus/article/2016/02/01/trois-lycees-parisiens-de-nouveaux-menaces_4856992_4401467.html",
        "title": "De nouvelles menaces contre trois lycées parisiens",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/economie/article/2016/01/30/la-france-entend-faire-fructifier-l-accord-sur-la-restructuration-de-la-dette-de-cuba_4856533_3234.html",
        "title": "Première visite officielle de Raul Castro en France",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/economie/article/2016/01/19/tarifs-bancaires-les-comparateurs-en-ligne-raillent-le-projet-de-bercy_4849881_3234.html",
        "title": "Tarifs bancaires : les comparateurs en ligne se paient la tête de Bercy",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/proche-orient/article/2016/02/01/israel-bloque-l-acces-de-ramallah-aux-non-residents_4856980_3218.html",
        "title": "Après une fusillade à un poste de contrôle, Israël bloque partiellement l’accès à Ramallah",
        "published": None,
    },
    {
        "link": "http://ecosport.blog.lemonde.fr/2016/01/29/quand-le-football-chinois-seveillera/",
        "title": "Mercato : quand le football chinois s’éveille",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/afrique/article/2016/02/01/un-caricaturiste-egyptien-arrete-pour-tenir-un-site-internet-sans-permis_4856868_3212.html",
        "title": "Un caricaturiste égyptien arrêté parce qu’il tenait un « site Internet sans permis »",
        "published": None,
    },
    {
        "link": "http://passeurdesciences.blog.lemonde.fr/2016/01/31/ou-sont-tous-les-extraterrestres/",
        "title": "Où sont tous les extraterrestres ?",
        "published": None,
    },
    {
        "link": "http://filiu.blog.lemonde.fr/2016/02/01/despotes-dhier-et-bourreaux-daujourdhui-en-syrie/",
        "title": "Jean-Pierre Filiu : « Despotes d’hier et bourreaux d’aujourd’hui en Syrie »",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/bande-dessinee/article/2016/01/31/festival-de-bd-d-angouleme-le-mea-culpa-de-l-auteur-du-canular_4856851_4420272.html",
        "title": "Festival de BD d’Angoulême : le mea culpa de l’auteur du canular",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/les-decodeurs/article/2016/01/28/decheance-de-nationalite-comprendre-le-tour-de-passe-passe-du-gouvernement_4855514_4355770.html",
        "title": "Déchéance de nationalité : comprendre le tour de passe-passe de Valls",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/les-decodeurs/article/2016/01/28/six-chiffres-cles-sur-le-mal-logement-en-france_4855440_4355770.html",
        "title": "Six chiffres clés sur le mal-logement en France",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/les-decodeurs/article/2016/01/28/trois-questions-pour-comprendre-la-crise-de-l-espace-schengen_4855635_4355770.html",
        "title": "Trois questions pour comprendre la crise de l’espace Schengen",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/les-decodeurs/article/2015/09/17/qui-travaille-vraiment-35-heures_4761281_4355770.html",
        "title": "Qui travaille vraiment 35 heures ?",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/les-decodeurs/article/2016/01/29/une-croissance-largement-inferieure-aux-espoirs-du-debut-de-quinquennat_4855876_4355770.html",
        "title": "Une croissance largement inférieure aux espoirs du début de quinquennat",
        "published": None,
    },
    {
        "link": "http://handball.blog.lemonde.fr/2016/01/31/en-direct-suivez-la-finale-espagne-allemagne/",
        "title": "Handball : l’Allemagne championne d’Europe",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/cyclisme/article/2016/01/31/cyclo-cross-l-uci-enquete-sur-un-possible-cas-de-dopage-mecanique_4856670_1616656.html",
        "title": "Cyclisme : le premier « moteur caché » découvert dans un vélo",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/football/article/2016/01/31/football-florian-thauvin-revient-a-marseille-en-pret_4856809_1616938.html",
        "title": "Football : Florian Thauvin revient à Marseille en prêt",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/pixels/article/2016/01/29/on-a-teste-the-witness-le-jeu-video-qui-fait-des-n-uds-au-cerveau_4856155_4408996.html",
        "title": "On a testé… « The Witness », le jeu vidéo qui fait des nœuds au cerveau",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/pixels/article/2016/01/28/un-administrateur-de-wikimedia-se-retire-apres-une-fronde-des-contributeurs_4855445_4408996.html",
        "title": "Un administrateur de Wikimédia se retire après une fronde des contributeurs",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/pixels/article/2016/01/29/resident-evil-0-dernier-vestige-du-jeu-video-d-horreur-a-l-ancienne_4856188_4408996.html",
        "title": "« Resident Evil 0 », dernier vestige du jeu vidéo d’horreur à l’ancienne",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/pixels/article/2016/01/28/la-bataille-du-jeu-de-go-paroxysme-de-la-guerre-entre-facebook-et-google-sur-l-intelligence-artificielle_4855540_4408996.html",
        "title": "Le jeu de go, paroxysme de la guerre entre Facebook et Google sur l’intelligence artificielle",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/economie/article/2016/02/01/isabelle-falque-pierrotin-la-dame-de-fer-du-net_4857060_3234.html",
        "title": "Données personnelles : Isabelle Falque-Pierrotin, la dame de fer du Net",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/pixels/article/2016/02/01/premier-revers-pour-le-projet-de-loi-britannique-sur-la-surveillance-electronique_4856987_4408996.html",
        "title": "Premier revers pour le projet de loi britannique sur la surveillance électronique",
        "published": None,
    },
    {
        "link": "http://drones.blog.lemonde.fr/2016/02/01/banc-dessai-hexo-le-drone-francais-pour-hedonistes/",
        "title": "On a essayé... Le Hexo+, le drone français qui suit son pilote à la trace",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/pixels/article/2016/01/31/les-meilleurs-jeux-video-du-debut-d-annee-2016_4856748_4408996.html",
        "title": "Les meilleurs jeux vidéo du début d’année 2016",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/idees/article/2016/01/30/demain-une-epoque-formidable_4856490_3232.html",
        "title": "Préparez-vous, nous allons basculer dans une nouvelle ère",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/afrique/article/2016/01/31/l-union-africaine-renonce-pour-le-moment-a-envoyer-ses-soldats-au-burundi_4856845_3212.html",
        "title": "L’Union africaine renonce pour le moment à envoyer ses soldats au Burundi",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/politique/article/2016/02/01/christian-estrosi-presente-sa-conference-regionale-consultative_4857056_823448.html",
        "title": "Christian Estrosi présente sa « conférence régionale consultative »",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/politique/article/2016/02/01/alain-juppe-cherche-a-rajeunir-le-banc-de-ses-soutiens_4857034_823448.html",
        "title": "Alain Juppé cherche à rajeunir le banc de ses soutiens",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/police-justice/article/2016/02/01/pierre-joxe-s-inquiete-des-derives-de-la-politique-du-renseignement_4857065_1653578.html",
        "title": "Pierre Joxe s’inquiète des dérives de la politique du renseignement",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/politique/article/2016/01/30/comment-anne-hidalgo-veut-remodeler-les-arrondissements-a-paris_4856388_823448.html",
        "title": "Comment Anne Hidalgo veut remodeler les arrondissements à Paris",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/politique/article/2016/01/30/primaire-a-gauche-une-idee-qui-progresse-dans-le-doute_4856420_823448.html",
        "title": "Primaire à gauche : une idée qui progresse dans le doute",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/election-presidentielle-2017/article/2016/01/30/nicolas-sarkozy-met-le-parti-a-sa-main_4856442_4854003.html",
        "title": "Nicolas Sarkozy met le parti à sa main",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/societe/article/2016/02/01/le-gouvernement-envisage-de-renforcer-les-pouvoirs-de-police_4856989_3224.html",
        "title": "Le gouvernement envisage de renforcer les pouvoirs de police",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/societe/article/2016/02/01/evacuation-imminente-d-un-campement-de-roms-a-paris_4857041_3224.html",
        "title": "Evacuation imminente d’un campement de Roms à Paris",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/education/article/2016/01/30/polemique-sur-les-portiques-de-securite-dans-les-lycees_4856435_1473685.html",
        "title": "Polémique sur les portiques de sécurité dans les lycées",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/attaques-a-paris/article/2016/02/01/policiers-et-pompiers-de-paris-preparent-les-citoyens-a-reagir-au-mieux-en-cas-d-attentat_4856900_4809495.html",
        "title": "Policiers et pompiers de Paris préparent les citoyens à réagir au mieux en cas d’attentat",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/societe/article/2016/01/30/les-musulmans-redoutent-le-piege-de-la-division_4856466_3224.html",
        "title": "Les musulmans redoutent « le piège de la division »",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/international/article/2016/02/01/l-ex-president-de-cote-d-ivoire-laurent-gbagbo-continue-a-mobiliser-ses-partisans_4857068_3210.html",
        "title": "L’ex-président de Côté d’Ivoire Laurent Gbagbo continue à mobiliser ses partisans",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/afrique/article/2016/01/31/centrafrique-la-france-veut-mettre-un-terme-a-l-operation-sangaris-en-2016_4856830_3212.html",
        "title": "Centrafrique : la France veut mettre un terme à l’opération « Sangaris » en 2016",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/afrique/article/2016/02/01/thomas-sankara-heros-plebiscite-par-la-jeunesse-africaine_4857171_3212.html",
        "title": "Thomas Sankara, héros plébiscité par la jeunesse africaine",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/economie/article/2016/02/01/les-groupes-chinois-repartent-a-la-conquete-de-leur-industrie-automobile-nationale_4856894_3234.html",
        "title": "Les groupes chinois repartent à la conquête de leur industrie nationale",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/economie/article/2016/02/01/un-plan-de-la-derniere-chance-pour-sauver-vallourec_4857078_3234.html",
        "title": "Un plan de la dernière chance pour sauver Vallourec",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/economie-mondiale/article/2016/01/31/le-nouvel-ordre-petrolier-mondial_4856787_1656941.html",
        "title": "Le nouvel ordre pétrolier mondial",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/planete/article/2016/02/01/des-chercheurs-francais-accuses-de-biopiraterie_4856892_3244.html",
        "title": "Des chercheurs français accusés de « biopiraterie »",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/planete/article/2016/02/01/permis-de-polluer_4856881_3244.html",
        "title": "Boues rouges de Gardanne : quand l’Etat accorde des permis de polluer",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/climat/article/2016/01/31/laurence-tubiana-nommee-championne-pour-le-climat_4856755_1652612.html",
        "title": "Laurence Tubiana nommée « championne » pour le climat",
        "published": None,
    },
    {
        "link": "http://alternatives.blog.lemonde.fr/2016/01/31/les-saisons-plaidoyer-pour-une-nouvelle-alliance-entre-lhomme-et-le-vivant/#more-7640",
        "title": "« Les Saisons » : plaidoyer pour une nouvelle alliance entre l’homme et le vivant",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/sciences/article/2016/01/25/svante-paabo-chasseur-de-genomes-perdus_4853286_1650684.html",
        "title": "Svante Paabo, chasseur de génomes perdus",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/sciences/article/2016/01/25/le-moustique-ogm-contre-le-paludisme_4853263_1650684.html",
        "title": "Un moustique génétiquement modifié contre le paludisme",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/sciences/article/2016/01/26/essais-cliniques-le-contre-coup_4853623_1650684.html",
        "title": "Essais cliniques, le contre-coup",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/economie/article/2016/01/30/l-europe-ne-suivra-pas-space-x-dans-le-cosmos-pour-l-instant_4856525_3234.html",
        "title": "L’Europe ne suivra pas Space X dans le cosmos… pour l’instant",
        "published": None,
    },
    {
        "link": "http://internetactu.blog.lemonde.fr/2016/01/30/apprendre-cest-marcher/",
        "title": "Pour apprendre, il faut marcher",
        "published": None,
    },
    {
        "link": "http://passeurdesciences.blog.lemonde.fr/2016/01/29/selection-scientifique-de-la-semaine-numero-205/",
        "title": "Invasion de criquets en Argentine et autres nouvelles scientifiques",
        "published": None,
    },
    {
        "link": "http://passeurdesciences.blog.lemonde.fr/2016/01/28/a-t-on-decouvert-le-plus-grand-systeme-planetaire/",
        "title": "A-t-on découvert le plus grand système solaire ?",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/campus/article/2016/01/30/quand-les-etudiants-de-prepa-craquent_4856592_4401467.html",
        "title": "Quand les étudiants de prépa craquent",
        "published": None,
    },
    {
        "link": "http://focuscampus.blog.lemonde.fr/2016/01/30/les-meilleures-business-schools-forment-elles-les-meilleurs-managers/",
        "title": "La France a les meilleures business schools, pas les meilleurs managers",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/campus/article/2016/01/30/masters-masteres-masters-of-science-choisir-dans-une-offre-plethorique_4856602_4401467.html",
        "title": "Masters, mastères, « masters of science » : choisir dans une offre pléthorique",
        "published": None,
    },
    {
        "link": "http://ingenuingenieur.blog.lemonde.fr/2016/01/29/ma-fin-de-semestre-chargee-en-ecole-dingenieurs/",
        "title": "Le grand rush de la fin de semestre",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/campus/article/2016/01/29/a-nanterre-des-refugies-font-leurs-premiers-pas-d-etudiants_4856234_4401467.html",
        "title": "A Nanterre, des réfugiés font leurs premiers pas d’étudiants",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/m-le-mag/article/2016/01/29/l-iowa-terre-d-election_4855864_4500055.html",
        "title": "Etats-Unis : l’Iowa, terre d’élection",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/m-perso/article/2016/01/29/morningophiles-ils-se-levent-a-5-heures-pour-vivre-mieux_4856229_4497916.html",
        "title": "« Morningophiles », ils se lèvent à 5 heures pour vivre mieux",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/m-le-mag/article/2016/01/31/les-hommes-nus-a-rebrousse-poil_4856692_4500055.html",
        "title": "Les hommes nus, à rebrousse-poil",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/m-gens-portrait/article/2016/01/29/delphine-ernotte-la-fausse-candide_4855997_4497229.html",
        "title": "Qui est vraiment Delphine Ernotte, la présidente de France Télévisions ?",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/m-mode/article/2016/01/29/deux-musees-pour-le-couturier-yves-saint-laurent_4855921_4497335.html",
        "title": "Yves Saint Laurent, deux musées pour un couturier",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/scenes/article/2016/02/01/david-lescot-et-denis-podalydes-karl-kraus-a-mis-la-langue-populaire-dans-la-litterature_4856930_1654999.html",
        "title": "David Lescot et Denis Podalydès : « Karl Kraus a mis la langue populaire dans la littérature »",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/arts/article/2016/02/01/au-musee-d-orsay-un-bilan-en-trompe-l-il_4856949_1655012.html",
        "title": "Au Musée d’Orsay, un bilan en « trompe-l’œil »",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/musiques/article/2016/02/01/tame-impala-se-regale-enfin-sur-scene_4856952_1654986.html",
        "title": "Tame Impala se régale enfin sur scène",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/bande-dessinee/article/2016/02/01/couac-de-fin-a-angouleme_4856961_4420272.html",
        "title": "Couac de fin à Angoulême",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/cinema/article/2016/01/30/pour-rivette-les-films-etaient-constitues-comme-des-complots_4856383_3476.html",
        "title": "« Pour Rivette, les films étaient constitués comme des complots »",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/idees/article/2016/01/29/pour-la-defense-de-la-biodiversite-interdisons-les-insecticides-neonicotinoides_4856011_3232.html",
        "title": "Pour la défense de la biodiversité, interdisons les insecticides néonicotinoïdes",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/idees/article/2016/02/01/parlementaires-rejetez-ce-texte-au-nom-de-nos-libertes_4857026_3232.html",
        "title": "« Parlementaires, rejetez ce texte au nom de nos libertés fondamentales »",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/idees/article/2016/01/29/la-france-a-besoin-d-une-nouvelle-etape-democratique_4856173_3232.html",
        "title": "La France a besoin d’une nouvelle étape démocratique",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/immobilier/article/2016/01/30/quand-faire-appel-a-un-architecte_4856502_1306281.html",
        "title": "Quand faire appel à un architecte ?",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/argent/article/2016/01/27/airbnb-drivy-leboncoin-comment-declarer-son-petit-business_4854798_1657007.html",
        "title": "Airbnb, Drivy, Leboncoin… comment déclarer son petit business",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/argent/article/2016/01/29/location-que-faire-lorsque-le-proprietaire-rechigne-a-faire-des-travaux_4856201_1657007.html",
        "title": "Location : que faire lorsque le propriétaire rechigne à mener des travaux",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/emploi/article/2016/01/29/quand-le-crowdfunding-contribue-a-sauver-ou-a-creer-des-emplois_4856270_1698637.html",
        "title": "Quand le crowdfunding contribue à sauver ou à créer des emplois",
        "published": None,
    },
    {
        "link": "http://sosconso.blog.lemonde.fr/2016/01/29/contestation-dun-teg-quelle-prescription-2/#more-15957",
        "title": "Contestation d’un TEG : quelle prescription ?",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/politique/article/2016/01/29/vers-un-recours-accru-au-referendum-d-entreprise_4855880_823448.html",
        "title": "Vers un recours accru au référendum d’entreprise",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/economie/article/2016/01/29/manuel-valls-fait-retomber-la-fievre-des-taxis_4855951_3234.html",
        "title": "Manuel Valls fait retomber la fièvre des taxis",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/emploi/article/2016/01/27/nouveau-rebond-du-chomage-en-decembre_4854819_1698637.html",
        "title": "Nouveau rebond du chômage en décembre",
        "published": None,
    },
    {
        "link": "http://www.lemonde.fr/economie/article/2016/01/29/le-cdi-interimaire-trouvera-t-il-son-public_4855834_3234.html",
        "title": "Le CDI intérimaire trouvera-t-il son public ?",
        "published": None,
    },
    {
        "link": "http://bigbrowser.blog.lemonde.fr/2016/01/29/coca-cola-demande-des-gif-pour-sa-promo-et-arrive-ce-qui-devait-arriver/",
        "title": "Coca-Cola demande des GIF pour sa promo, et arrive ce qui devait arriver",
        "published": None,
    },
    {
        "link": "http://bigbrowser.blog.lemonde.fr/2016/01/29/une-plongee-dans-les-insultes-numeriques-de-donald-trump/",
        "title": "Une plongée dans les insultes numériques de Donald Trump",
        "published": None,
    },
    {
        "link": "http://bigbrowser.blog.lemonde.fr/2016/01/29/laurent-ruquier-bien-plus-gene-par-lattitude-des-politiques-face-a-cyrille-eldin-que-par-son-emission/",
        "title": "Laurent Ruquier « bien plus gêné par l’attitude des politiques face à Cyrille Eldin »",
        "published": None,
    },
]

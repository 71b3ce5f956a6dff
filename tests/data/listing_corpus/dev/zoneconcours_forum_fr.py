"""Real page: a French contests forum's board "Témoignages" (zone-concours.com, phpBB 3 with
prosilver and the French language pack, 2012–2013 topics), saved in March 2016 by
TeamHG-Memex/autopager for its pagination data. `lang="fr"`. A <ul class="topiclist topics">
of 25 <li class=row>, each a <dl> whose <dt> holds the title link <a class=topictitle>, then
"de <a>ucciani</a> » Ven 13 Déc 2013 15:36" (the starter and the first post's time,
phpBB's French "D j M Y H:i": the entry's author and date), then <dd>s of replies, views and
"Dernier message de <user> <icon link> Ven 13 Déc 2013 15:36" (the last post: not the
entry's, though on topics without replies it is the same). Times are UTC, as the footer
says ("Heures au format UTC"). Not entries: the forum's header row, the breadcrumbs, the
"Qui est en ligne" block, the pager. `now` is the save (March 2016).
"""

from datetime import UTC, datetime

url = "http://www.zone-concours.com/forum/temoignages-f26.html"
timezone = "UTC"
now = datetime(2016, 3, 10, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.zone-concours.com/forum/premier-lot-gagne-t525.html",
        "title": "Premier lot gagné",
        "published": datetime(2013, 12, 13, 15, 36, tzinfo=UTC),
        "author": "ucciani",
    },
    {
        "link": "http://www.zone-concours.com/forum/deja-un-lot-de-gagne-t517.html",
        "title": "deja un lot de gagné",
        "published": datetime(2013, 11, 27, 13, 19, tzinfo=UTC),
        "author": "zyriapool",
    },
    {
        "link": "http://www.zone-concours.com/forum/grand-jeu-capspot-avec-soda-stream-t515.html",
        "title": "Grand jeu Capspot avec Soda Stream",
        "published": datetime(2013, 11, 12, 19, 39, tzinfo=UTC),
        "author": "felyndra",
    },
    {
        "link": "http://www.zone-concours.com/forum/une-place-de-cinema-pour-world-war-z-t499.html",
        "title": "Une place de cinéma pour World war Z",
        "published": datetime(2013, 7, 11, 8, 55, tzinfo=UTC),
        "author": "Gontran",
    },
    {
        "link": "http://www.zone-concours.com/forum/1-sac-50-ans-thermes-marins-de-saint-malo-t497.html",
        "title": "1 sac 50 ans Thermes Marins de Saint-Malo",
        "published": datetime(2013, 7, 8, 11, 13, tzinfo=UTC),
        "author": "Gontran",
    },
    {
        "link": "http://www.zone-concours.com/forum/place-de-cinema-t480.html",
        "title": "Place de cinéma",
        "published": datetime(2013, 5, 8, 7, 9, tzinfo=UTC),
        "author": "bvaltanie",
    },
    {
        "link": "http://www.zone-concours.com/forum/premiers-gains-t476.html",
        "title": "Premiers gains",
        "published": datetime(2013, 4, 22, 18, 58, tzinfo=UTC),
        "author": "Skywalkerone",
    },
    {
        "link": "http://www.zone-concours.com/forum/instant-gagnant-jeu-pepito-t405.html",
        "title": "instant gagnant jeu pepito",
        "published": datetime(2012, 10, 26, 12, 36, tzinfo=UTC),
        "author": "louloute17520",
    },
    {
        "link": "http://www.zone-concours.com/forum/1-jour-4-gains-t449.html",
        "title": "1 jour = 4 gains",
        "published": datetime(2013, 1, 28, 20, 44, tzinfo=UTC),
        "author": "dasaal",
    },
    {
        "link": "http://www.zone-concours.com/forum/un-forfait-ski-d-une-journee-sur-l-espace-diamant-t438.html",
        "title": "Un forfait ski d'une journée sur l'espace diamant",
        "published": datetime(2013, 1, 15, 14, 37, tzinfo=UTC),
        "author": "leonard",
    },
    {
        "link": "http://www.zone-concours.com/forum/a-score-ig-bonobo-jeans-t421.html",
        "title": "A score + IG Bonobo Jeans",
        "published": datetime(2012, 12, 10, 13, 59, tzinfo=UTC),
        "author": "lolocassi",
    },
    {
        "link": "http://www.zone-concours.com/forum/un-repas-gratuit-la-piazzapapa-t408.html",
        "title": "Un repas gratuit La Piazzapapa",
        "published": datetime(2012, 11, 5, 14, 39, tzinfo=UTC),
        "author": "laure34000",
    },
    {
        "link": "http://www.zone-concours.com/forum/tee-shirt-walking-dead-t388.html",
        "title": "Tee-shirt walking dead",
        "published": datetime(2012, 9, 25, 12, 39, tzinfo=UTC),
        "author": "robokop76",
    },
    {
        "link": "http://www.zone-concours.com/forum/wonderbox-t386.html",
        "title": "Wonderbox",
        "published": datetime(2012, 9, 22, 21, 57, tzinfo=UTC),
        "author": "roulovic",
    },
    {
        "link": "http://www.zone-concours.com/forum/parfum-escada-t378.html",
        "title": "Parfum ESCADA",
        "published": datetime(2012, 9, 15, 14, 22, tzinfo=UTC),
        "author": "juju83520",
    },
    {
        "link": "http://www.zone-concours.com/forum/premier-lot-t365.html",
        "title": "premier lot",
        "published": datetime(2012, 8, 28, 21, 27, tzinfo=UTC),
        "author": "arnaud1724",
    },
    {
        "link": "http://www.zone-concours.com/forum/secret-de-barman-premier-gain-t339.html",
        "title": "secret de barman! premier gain!!",
        "published": datetime(2012, 7, 3, 10, 54, tzinfo=UTC),
        "author": "daffy89",
    },
    {
        "link": "http://www.zone-concours.com/forum/gain-t359.html",
        "title": "GAIN",
        "published": datetime(2012, 7, 30, 18, 36, tzinfo=UTC),
        "author": "ANODIN26",
    },
    {
        "link": "http://www.zone-concours.com/forum/mes-gains-t354.html",
        "title": "Mes gains",
        "published": datetime(2012, 7, 16, 10, 40, tzinfo=UTC),
        "author": "niglotte",
    },
    {
        "link": "http://www.zone-concours.com/forum/gagne-un-livre-diego-t353.html",
        "title": "gagne un livre diego",
        "published": datetime(2012, 7, 13, 14, 46, tzinfo=UTC),
        "author": "mavfred",
    },
    {
        "link": "http://www.zone-concours.com/forum/gain-t345.html",
        "title": "GAIN",
        "published": datetime(2012, 7, 7, 16, 24, tzinfo=UTC),
        "author": "ANODIN26",
    },
    {
        "link": "http://www.zone-concours.com/forum/j-ai-gagne-une-place-de-cinema-pour-voir-the-amazing-spiderman-t344.html",
        "title": "J'ai gagné une place de cinéma pour voir The Amazing Spiderman",
        "published": datetime(2012, 7, 7, 10, 32, tzinfo=UTC),
        "author": "Gontran",
    },
    {
        "link": "http://www.zone-concours.com/forum/concours-plastro-instant-gagnant-1-location-gagnee-t318.html",
        "title": "concours plastro instant gagnant:1 location gagnée",
        "published": datetime(2012, 5, 21, 15, 49, tzinfo=UTC),
        "author": "kpellerin",
    },
    {
        "link": "http://www.zone-concours.com/forum/gain-concours-t324.html",
        "title": "gain concours",
        "published": datetime(2012, 5, 29, 20, 14, tzinfo=UTC),
        "author": "paco",
    },
    {
        "link": "http://www.zone-concours.com/forum/encore-gagner-t315.html",
        "title": "encore gagner",
        "published": datetime(2012, 5, 18, 11, 30, tzinfo=UTC),
        "author": "magalex",
    },
]

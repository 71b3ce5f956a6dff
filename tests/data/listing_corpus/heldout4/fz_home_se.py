"""Real page: the front page of FZ.se (Swedish games news site and forum), saved on the evening
of 21 November 2017 (the page's session token carries the Unix time 1511305053, 2017-11-21
22:57 UTC) by spacecowboy/Feeder for its feed-discovery tests. Swedish, no `lang`. The stream
<div class=fp-news> holds 25 <div class="fpn-item …"> cards, large, half-picture or compact:
a comments bubble linking to the forum thread, an <h2 class=fpnih-title> headline link, a meta
line (kind "Nyhet" / "Krönika" or a forum's name, categories, <span class=fpnim-date> "idag
19:04" (today), "igår 15:15" (yesterday) or "2017-11-16 09:05"), a teaser, and a byline
"Av <span class=fpnib-author>Fredrik Eriksson</span>". Among them a box of five popular
articles with comment counts (<div class=fp-articlelist>, not entries) and a "Dagens fråga"
card whose link is empty (href="", not an entry). Entries: the 24 other cards in page order,
one of them a forum thread ("Life is Feudals MMO är igång", no byline: author None), a quiz
pinned with an older date. Dates: Stockholm time (UTC+1 in November), "idag" 21 and "igår"
20 November 2017. Not entries: the side columns (external news, push lists, forum lists),
"Visa fler artiklar", the header menus and footer.
"""

from datetime import UTC, datetime

url = "https://www.fz.se/"
timezone = "Europe/Stockholm"
now = datetime(2017, 11, 21, 23, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.fz.se/artikel/275008",
        "title": "Lanseringsdags för Telltale-lika Planet of the Apes-spelet",
        "published": datetime(2017, 11, 21, 18, 4, tzinfo=UTC),  # idag 19:04
        "author": "Fredrik Eriksson",
    },
    {
        "link": "https://www.fz.se/artikel/275007",
        "title": 'Lucasfilm om Battlefront II-stormen: "Fansen kommer alltid först"',
        "published": datetime(2017, 11, 21, 17, 23, tzinfo=UTC),  # idag 18:23
        "author": "Fredrik Eriksson",
    },
    {
        "link": "https://www.fz.se/artikel/275006",
        "title": 'Josef Fares om PS4-citatet: "Ryckt ur sitt sammanhang"',
        "published": datetime(2017, 11, 21, 16, 2, tzinfo=UTC),  # idag 17:02
        "author": "Fredrik Eriksson",
    },
    {
        "link": "https://www.fz.se/artikel/275005",
        "title": "Neverwinter Nights är nästa Bioware-remaster från Beamdog",
        "published": datetime(2017, 11, 21, 15, 11, tzinfo=UTC),  # idag 16:11
        "author": "Fredrik Eriksson",
    },
    {
        "link": "https://www.fz.se/artikel/275004",
        "title": "Lotteriinspektionen svarar på om loot-lådor kan likställas med lotteri",
        "published": datetime(2017, 11, 21, 13, 51, tzinfo=UTC),  # idag 14:51
        "author": "Carl Johansson-Sundelius",
    },
    {
        "link": "https://www.fz.se/artikel/275002",
        "title": "Få spel märks med PEGI:s gambling-symbol",
        "published": datetime(2017, 11, 21, 12, 58, tzinfo=UTC),  # idag 13:58
        "author": "Tomas Helenius",
    },
    {
        "link": "https://www.fz.se/artikel/274956",
        "title": "Quiz - Roliga spelfakta från Guinness World Records Gamer's Edition",
        "published": datetime(2017, 11, 16, 8, 5, tzinfo=UTC),  # 2017-11-16 09:05
        "author": "Carl Johansson-Sundelius",
    },
    {
        "link": "https://www.fz.se/artikel/275003",
        "title": "Tredje och sista delen i vårt Machine Games-reportage ute!",
        "published": datetime(2017, 11, 21, 11, 57, tzinfo=UTC),  # idag 12:57
        "author": "Carl Johansson-Sundelius",
    },
    {
        "link": "https://www.fz.se/artikel/275001",
        "title": "Datumet för Battlefield 1: Turning Tides kan ha läckt",
        "published": datetime(2017, 11, 21, 9, 57, tzinfo=UTC),  # idag 10:57
        "author": "Tomas Helenius",
    },
    {
        "link": "https://www.fz.se/artikel/275000",
        "title": "En tiondel av hatet",
        "published": datetime(2017, 11, 21, 9, 0, tzinfo=UTC),  # idag 10:00
        "author": "Carl Johansson-Sundelius",
    },
    {
        "link": "https://www.fz.se/artikel/274999",
        "title": "Analytiker: Utgivarna borde ta mer betalt av spelarna",
        "published": datetime(2017, 11, 21, 8, 35, tzinfo=UTC),  # idag 09:35
        "author": "Tomas Helenius",
    },
    {
        "link": "https://www.fz.se/artikel/274998",
        "title": "Hämta Brütal Legend gratis",
        "published": datetime(2017, 11, 21, 7, 19, tzinfo=UTC),  # idag 08:19
        "author": "Tomas Helenius",
    },
    {
        "link": "https://www.fz.se/artikel/274997",
        "title": 'Skräckslagna Soma kommer snart till Xbox One – med "safe"-läge',
        "published": datetime(2017, 11, 20, 18, 4, tzinfo=UTC),  # igår 19:04
        "author": "Fredrik Eriksson",
    },
    {
        "link": "https://www.fz.se/artikel/274996",
        "title": "EA sägs ha sparkat Plants vs. Zombies-skaparen efter pay-to-win-bråk",
        "published": datetime(2017, 11, 20, 17, 43, tzinfo=UTC),  # igår 18:43
        "author": "Fredrik Eriksson",
    },
    {
        "link": "https://www.fz.se/artikel/274995",
        "title": "Nope! Nintendo tänker inte sänka priset på succékonsolen Switch",
        "published": datetime(2017, 11, 20, 16, 22, tzinfo=UTC),  # igår 17:22
        "author": "Fredrik Eriksson",
    },
    {
        "link": "https://www.fz.se/artikel/274994",
        "title": "Skynda att skjuta – de gäckande måltavlorna i Hitman är tillbaka",
        "published": datetime(2017, 11, 20, 15, 31, tzinfo=UTC),  # igår 16:31
        "author": "Fredrik Eriksson",
    },
    {
        "link": "https://www.fz.se/artikel/274986",
        "title": "Så här går det om EA inte får göra fler Star Wars-spel",
        "published": datetime(2017, 11, 20, 15, 0, tzinfo=UTC),  # igår 16:00
        "author": "Tomas Helenius",
    },
    {
        "link": "https://www.fz.se/artikel/274993",
        "title": "Ubisoft fortsätter att släppa intressanta uppdateringar till Rainbow Six: Siege",
        "published": datetime(2017, 11, 20, 14, 35, tzinfo=UTC),  # igår 15:35
        "author": "Carl Johansson-Sundelius",
    },
    {
        "link": "https://www.fz.se/artikel/274992",
        "title": "Svag Star Wars: Battlefront 2-debut i Storbritannien",
        "published": datetime(2017, 11, 20, 14, 15, tzinfo=UTC),  # igår 15:15
        "author": "Tomas Helenius",
    },
    {
        "link": "https://www.fz.se/forum/trad/428267",
        "title": "Life is Feudals MMO är igång",
        "published": datetime(2017, 11, 18, 14, 17, tzinfo=UTC),  # 2017-11-18 15:17
        "author": None,
    },
    {
        "link": "https://www.fz.se/artikel/274991",
        "title": "Tre (!) nya IL-2 Sturmovik på gång: jetflyg, WW1 och tanks",
        "published": datetime(2017, 11, 20, 10, 53, tzinfo=UTC),  # igår 11:53
        "author": "Tomas Helenius",
    },
    {
        "link": "https://www.fz.se/artikel/274990",
        "title": "Animal Crossing: Pocket Camp släpps i veckan",
        "published": datetime(2017, 11, 20, 8, 55, tzinfo=UTC),  # igår 09:55
        "author": "Carl Johansson-Sundelius",
    },
    {
        "link": "https://www.fz.se/artikel/274988",
        "title": 'CD Projekts känga till EA Dice: "Vi låter andra sköta girigheten"',
        "published": datetime(2017, 11, 20, 7, 48, tzinfo=UTC),  # igår 08:48
        "author": "Tomas Helenius",
    },
    {
        "link": "https://www.fz.se/artikel/274989",
        "title": "Valkyria Chronicles 4 tillkännagivet",
        "published": datetime(2017, 11, 20, 8, 48, tzinfo=UTC),  # igår 09:48
        "author": "Tomas Helenius",
    },
]

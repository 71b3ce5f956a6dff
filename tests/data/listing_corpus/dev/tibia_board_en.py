"""Real page: a thread list of Tibia's official forum, the world board of Vunira
(www.tibia.com/forum/?action=board&boardid=142818, English, no `lang` attribute; the site's
left menu, boosted-creature header, theme boxes and footer), threads of the last 30 days,
saved on 6 June 2023 by TibiaData/tibiadata-api-go as testdata/boards/board.html (branch
feature-forum, commit 2680e04). Breadcrumbs ("World Boards | Vunira"), a "Show Threads From"
form, then a table of thirty thread rows, the hot, sticky and closed ones among them (icons
only): status and mood icons, the title link (?action=thread&threadid=N), the starter's
name linking to the character page, reply and view counts, and the LAST POST's time
("06.06.2023 17:17:28") with a "by" and the last poster; each row repeats title, starter
("by Kildarien") and last post in a cell for small screens; long threads add page links
("1 2 3 4 Last Page") after the title. Links: the thread's address. Titles: the link's
text. Authors: the starter. Published is left out: the only time shown is the last post's,
not the thread's start. Not entries: the page links, the last-post and character links, the
pager, the board and thread jumps, the forum theme box of the site's latest posts ("Thread:
From Rot to Riches"). `now`: the newest last post, 6 June 2023 21:53:59 (Berlin)."""

from datetime import UTC, datetime

url = "https://www.tibia.com/forum/?action=board&boardid=142818"
timezone = "Europe/Berlin"
now = datetime(2023, 6, 6, 20, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4950043",
        "title": "TibiaMaps.io FERU HAT LOTTERY! 23/50 TICKETS SOLD",
        "author": "Mathias Bynens",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4947560",
        "title": "Access quests",
        "author": "Kildarien",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4949302",
        "title": "Heart of Destruction and Thais Bosses",
        "author": "Ez Stonks",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4920780",
        "title": "Friendly Neighborhood Imbuement Service",
        "author": "Ramseys",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4949413",
        "title": "TIBIA MOTIVATIONAL VIDEO",
        "author": "Lokiec Amerykanska Ekspedycja",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4948663",
        "title": "Helo Commuity Tibiana",
        "author": "Overlord Assassin",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4949983",
        "title": "@Anula boltz",
        "author": "Duron Shadowbolt",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4949981",
        "title": "BONEJAW HUNTED!",
        "author": "Nephix Myth",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4949959",
        "title": "SELL FERUMBRA's HAT",
        "author": "Daw Eat",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4949675",
        "title": "Wacha Habanero aka slayer!",
        "author": "Lokiec Amerykanska Ekspedycja",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4949953",
        "title": "About Blazess who rooked Mhitharyn and sc",
        "author": "Srubak Zabojca",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4577864",
        "title": "Oriental ships sighted!",
        "author": "Zih de Kanzaru",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4941933",
        "title": "Vunira Discord",
        "author": "Robin Kint",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4949046",
        "title": "POI/INQ",
        "author": "Shaman Sayu",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4949540",
        "title": "big backstabber on VUNIRA!!!",
        "author": "Aziz sdman",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4949480",
        "title": "WATCH ZAGA GETTING SOLADO",
        "author": "Yaner Sensei",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4944583",
        "title": "Old Eternia,",
        "author": "Krashnek",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4942301",
        "title": "20th anniversary Isara - reunion | 15/07/2023",
        "author": "Nyamia",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4949261",
        "title": "Lord of The Elements - Bosstiary",
        "author": "Krysson",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4949140",
        "title": "ZAGA ERRAND BOI MEME KIT",
        "author": "Dawnport weapons",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4947783",
        "title": "Looking for long term hunting mate",
        "author": "Roblez",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4949159",
        "title": "WDC",
        "author": "Ironman Kalle",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4949134",
        "title": "zaga vs label - who will win?",
        "author": "Maciora Spocona",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4948277",
        "title": "Demon's Lullaby",
        "author": "Morslyte",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4949015",
        "title": "Yaner>zaga",
        "author": "Antica Freelist",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4945335",
        "title": "Beware of scammers and tricks.",
        "author": "Ramseys",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4943969",
        "title": "SHAME LIST *UPDATE*",
        "author": "Zbigniew Sto noga",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4948592",
        "title": "{Bona} Dejair&Zaga&Paanie vs Bobeek&Goraca",
        "author": "Sweet Moniczka",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4947208",
        "title": "POI AND INQ",
        "author": "Kenny La Hazard",
    },
    {
        "link": "https://www.tibia.com/forum/?action=thread&threadid=4948429",
        "title": "Whaaat???",
        "author": "Wacha Habanero",
    },
]

"""Real page: the news archive of a PC games site (rockpapershotgun.com/news, May 2023), saved by
Steven-Pinkerton/Trading-System as a test's index page. `lang="en"`. A bar of trending guide
links, the menus, "News" as heading, then <section class=archive_list> with <ul
class=summary_list> of twenty-five <li>s, each a <div class=summary>: an empty overlay link with
the headline in its `title`, a thumbnail, the headline in a <p class=title> link (no heading
element), a strapline <p> ("With lots of football, coming next year"), then the metadata — <p
class=author> with the writer's bare name (no "By", no link), <p class=published_at> with "2
days ago" in a <time datetime="2023-05-12T16:43:48+00:00">, and the comment count link. Dates:
the `datetime`'s instant (to the minute). Authors: the name. Not entries: the trending bar, the
menus, the pager and the footer. `now`: the ages ("2 days ago" on 12 May 16:43, "4 days ago" on
10 May 09:33) put the save between 14 May 16:43 and 15 May 09:33 UTC; it was committed on 14 May
at 19:08 UTC.
"""

from datetime import UTC, datetime

url = "https://www.rockpapershotgun.com/news"
timezone = "Europe/London"
now = datetime(2023, 5, 14, 19, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.rockpapershotgun.com/despelote-is-a-seriously-nostalgic-indie-taking-us-back-to-2001s-ecuador",
        "title": "Despelote is a seriously nostalgic indie, taking us back to 2001's Ecuador",
        "published": datetime(2023, 5, 12, 16, 43, tzinfo=UTC),
        "author": "Kaan Serin",
    },
    {
        "link": "https://www.rockpapershotgun.com/dino-rhythm-game-goodbye-volcano-high-has-been-delayed-to-avoid-crunch",
        "title": "Dino rhythm game Goodbye Volcano High has been delayed to avoid crunch",
        "published": datetime(2023, 5, 12, 16, 41, tzinfo=UTC),
        "author": "Kaan Serin",
    },
    {
        "link": "https://www.rockpapershotgun.com/stadia-exclusive-horror-gylt-is-finally-coming-to-steam",
        "title": "Stadia-exclusive horror Gylt is finally coming to Steam",
        "published": datetime(2023, 5, 12, 13, 22, tzinfo=UTC),
        "author": "Kaan Serin",
    },
    {
        "link": "https://www.rockpapershotgun.com/giant-god-game-reus-is-getting-a-sequel-with-more-world-shaping-titans",
        "title": "Giant God game Reus is getting a sequel with more world-shaping titans",
        "published": datetime(2023, 5, 12, 11, 3, tzinfo=UTC),
        "author": "Kaan Serin",
    },
    {
        "link": "https://www.rockpapershotgun.com/retro-inspired-soviet-fps-hrot-leaves-early-access-next-week",
        "title": "Retro-inspired Soviet FPS HROT leaves early access next week",
        "published": datetime(2023, 5, 12, 9, 21, tzinfo=UTC),
        "author": "Kaan Serin",
    },
    {
        "link": "https://www.rockpapershotgun.com/chaotic-deckbuilding-fps-friends-vs-friends-comes-out-later-this-month",
        "title": "Chaotic deckbuilding FPS Friends Vs Friends comes out later this month",
        "published": datetime(2023, 5, 11, 15, 48, tzinfo=UTC),
        "author": "Kaan Serin",
    },
    {
        "link": "https://www.rockpapershotgun.com/rotate-rainy-islands-and-deliver-mail-in-this-free-chill-puzzler",
        "title": "Rotate rainy islands and deliver mail in this free, chill puzzler",
        "published": datetime(2023, 5, 11, 14, 30, tzinfo=UTC),
        "author": "Kaan Serin",
    },
    {
        "link": "https://www.rockpapershotgun.com/lead-a-dogsled-expedition-into-horror-in-this-cracking-little-indie-game",
        "title": "Lead a dogsled expedition into horror in this cracking little indie game",
        "published": datetime(2023, 5, 11, 14, 7, tzinfo=UTC),
        "author": "Alice O'Connor",
    },
    {
        "link": "https://www.rockpapershotgun.com/the-asus-rog-allys-price-is-699-699-will-release-in-june",
        "title": "The Asus ROG Ally's price is £699 / $699, will release in June",
        "published": datetime(2023, 5, 11, 14, 0, tzinfo=UTC),
        "author": "James Archer",
    },
    {
        "link": "https://www.rockpapershotgun.com/diablo-4-lays-out-future-plans-for-seasons-and-battle-passes",
        "title": "Diablo 4 lays out future plans for seasons and battle passes",
        "published": datetime(2023, 5, 11, 13, 46, tzinfo=UTC),
        "author": "Kaan Serin",
    },
    {
        "link": "https://www.rockpapershotgun.com/latest-mortal-kombat-teaser-points-toward-a-timeline-reset-or-soft-reboot",
        "title": "Latest Mortal Kombat teaser points toward a timeline reset or soft reboot",
        "published": datetime(2023, 5, 11, 11, 12, tzinfo=UTC),
        "author": "Kaan Serin",
    },
    {
        "link": "https://www.rockpapershotgun.com/star-wars-jedi-survivor-gets-another-patch-focused-on-pc-issues",
        "title": "Star Wars Jedi: Survivor gets another patch focused on PC issues",
        "published": datetime(2023, 5, 11, 9, 53, tzinfo=UTC),
        "author": "Kaan Serin",
    },
    {
        "link": "https://www.rockpapershotgun.com/vampires-meet-frankenstein-ish-experiments-in-v-risings-first-big-update",
        "title": "Vampires meet Frankenstein-ish experiments in V Rising's first big update",
        "published": datetime(2023, 5, 10, 15, 40, tzinfo=UTC),
        "author": "Kaan Serin",
    },
    {
        "link": "https://www.rockpapershotgun.com/total-war-warhammer-3s-roadmap-outlines-the-next-year-of-expansions-and-updates",
        "title": "Total War: Warhammer 3's roadmap outlines the next year of expansions and updates",
        "published": datetime(2023, 5, 10, 14, 24, tzinfo=UTC),
        "author": "Kaan Serin",
    },
    {
        "link": "https://www.rockpapershotgun.com/pokemon-developers-game-freak-announce-their-new-action-adventure-ip-with-vague-concept-art",
        "title": "Pokémon developers Game Freak announce their new action-adventure IP with vague concept art",
        "published": datetime(2023, 5, 10, 13, 9, tzinfo=UTC),
        "author": "Kaan Serin",
    },
    {
        "link": "https://www.rockpapershotgun.com/hollow-knight-silksong-has-been-delayed-because-its-gotten-quite-big",
        "title": 'Hollow Knight: Silksong has been delayed because it\'s "gotten quite big"',
        "published": datetime(2023, 5, 10, 11, 7, tzinfo=UTC),
        "author": "Kaan Serin",
    },
    {
        "link": "https://www.rockpapershotgun.com/the-elephant-collection-remasters-10-classic-flash-games",
        "title": "The Elephant Collection remasters 10 classic Flash games",
        "published": datetime(2023, 5, 10, 9, 33, tzinfo=UTC),
        "author": "Kaan Serin",
    },
    {
        "link": "https://www.rockpapershotgun.com/starfields-pillow-talk-will-make-me-swear-a-vow-of-space-celibacy",
        "title": "Starfield's pillow talk will make me swear a vow of space-celibacy",
        "published": datetime(2023, 5, 9, 17, 51, tzinfo=UTC),
        "author": "Alice O'Connor",
    },
    {
        "link": "https://www.rockpapershotgun.com/this-years-prettiest-indie-game-will-be-going-straight-for-your-heartstrings-on-june-13th",
        "title": "This year's prettiest indie game will be going straight for your heartstrings on June 13th",
        "published": datetime(2023, 5, 9, 17, 15, tzinfo=UTC),
        "author": "Katharine Castle",
    },
    {
        "link": "https://www.rockpapershotgun.com/youre-not-going-to-like-whats-inside-elite-dangerous-thargoid-maelstrom-clouds",
        "title": "You're not going to like what's inside Elite Dangerous' Thargoid Maelstrom clouds",
        "published": datetime(2023, 5, 9, 17, 0, tzinfo=UTC),
        "author": "Katharine Castle",
    },
    {
        "link": "https://www.rockpapershotgun.com/minimalist-puzzlers-mini-motorways-and-mini-metro-are-getting-crossover-maps-this-summer",
        "title": "Minimalist puzzlers Mini Motorways and Mini Metro are getting crossover maps this summer",
        "published": datetime(2023, 5, 9, 15, 42, tzinfo=UTC),
        "author": "Kaan Serin",
    },
    {
        "link": "https://www.rockpapershotgun.com/outer-wilds-fan-makes-a-functional-version-of-the-alien-translator",
        "title": "Outer Wilds fan makes a functional version of the alien translator",
        "published": datetime(2023, 5, 9, 14, 20, tzinfo=UTC),
        "author": "Kaan Serin",
    },
    {
        "link": "https://www.rockpapershotgun.com/its-now-easier-to-follow-your-favourite-games-and-topics-on-rps",
        "title": "It's now easier to follow your favourite games and topics on RPS",
        "published": datetime(2023, 5, 9, 13, 33, tzinfo=UTC),
        "author": "Katharine Castle",
    },
    {
        "link": "https://www.rockpapershotgun.com/doom-2-rpg-has-been-unofficially-ported-to-pc",
        "title": "Doom 2 RPG has been unofficially ported to PC",
        "published": datetime(2023, 5, 9, 13, 15, tzinfo=UTC),
        "author": "Kaan Serin",
    },
    {
        "link": "https://www.rockpapershotgun.com/street-fighter-6s-open-beta-strikes-out-later-this-month",
        "title": "Street Fighter 6's open beta strikes out later this month",
        "published": datetime(2023, 5, 9, 10, 27, tzinfo=UTC),
        "author": "Kaan Serin",
    },
]

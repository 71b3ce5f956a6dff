"""Real page: page 19 of 928 of a gaming news site's home (gamingshogun.com, WordPress with a
magazine theme, January 2016 posts), saved on 18 March 2016 by TeamHG-Memex/autopager for its
pagination data. en-US. Above the list, a <section id=featured_wrapper> of the site's eight
newest posts (overlay links, "4 hours ago", <h2> headlines, excerpts, "Read More"), the same on
every page: not entries of page 19. The list: <div class=posts_wrapper> of ten <article>s, each
an image link, an <h2 class=entry-title> title link, "<span class=updated>2 months ago</span>"
and the author's vcard link ("MondoPest"), the excerpt and "Read More". Entries: the ten
articles, authored by the vcard names. Dates not scored: "2 months ago" names no day (the
addresses hold the day, the page does not show it). Not entries: the menu, the sidebar's
"Recent Reviews", the pager, the footer. `now` is the save.
"""

from datetime import UTC, datetime

url = "http://gamingshogun.com/page/19/"
timezone = "America/New_York"
now = datetime(2016, 3, 18, 20, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://gamingshogun.com/2016/01/29/official-call-of-duty-black-ops-iii-awakening-trailer-the-replacer-returns/",
        "title": "Official Call of Duty: Black Ops III – Awakening...",
        "author": "MondoPest",
    },
    {
        "link": "http://gamingshogun.com/2016/01/29/warhammer-the-end-times-vermintide-schluesselschloss-dlc-screenshots/",
        "title": "Warhammer: The End Times – Vermintide...",
        "author": "MondoPest",
    },
    {
        "link": "http://gamingshogun.com/2016/01/28/dying-light-the-following-enhanced-edition-trailer/",
        "title": "Dying Light: The Following – Enhanced Edition...",
        "author": "MondoPest",
    },
    {
        "link": "http://gamingshogun.com/2016/01/28/crossout-beta-testing-announcement-and-trailer/",
        "title": "Crossout Beta Testing Announcement and Trailer",
        "author": "MondoPest",
    },
    {
        "link": "http://gamingshogun.com/2016/01/28/snow-enters-free-to-play-open-beta-on-steam/",
        "title": "Snow Enters Free-To-Play Open Beta On Steam",
        "author": "MondoPest",
    },
    {
        "link": "http://gamingshogun.com/2016/01/28/funcom-announces-open-world-survival-game-conan-exiles/",
        "title": "Funcom Announces Open World Survival Game Conan Exiles",
        "author": "MondoPest",
    },
    {
        "link": "http://gamingshogun.com/2016/01/28/biostar-announces-racing-h170gt3-gaming-motherboard/",
        "title": "Biostar Announces Racing H170GT3 Gaming Motherboard",
        "author": "boothby",
    },
    {
        "link": "http://gamingshogun.com/2016/01/28/galactic-civilizations-iii-mercenaries-announced/",
        "title": "Galactic Civilizations III: Mercenaries Announced",
        "author": "MondoPest",
    },
    {
        "link": "http://gamingshogun.com/2016/01/27/polaris-sector-is-coming-on-pc-and-mac-on-march-22/",
        "title": "Polaris Sector is coming on PC and Mac on March 22",
        "author": "MondoPest",
    },
    {
        "link": "http://gamingshogun.com/2016/01/27/ea-play-2016-save-the-date-announced/",
        "title": "EA Play 2016 Save the Date Announced",
        "author": "GamingShogun",
    },
]

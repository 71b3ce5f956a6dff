"""Real page: the News Archive of Tibia, CipSoft's online role-playing game
(www.tibia.com/news/?subtopic=newsarchive, English, no `lang` attribute; the site's left menu,
boosted-creature header, theme boxes and footer), listing 14 December 2021 to 13 January 2022,
saved by TibiaData/tibiadata-api-go as src/static/testdata/news/newslist.html (read at
9ad5e54, January 2023). Inside <div id=NewsArchive>, a search caption, then a table of fifty
rows <tr class=Odd|Even>: a category icon, a narrow cell with the date ("Jan&nbsp;12&nbsp;2022")
over the kind in <small> ("News Ticker", "News", "Featured Article"), and the title link; a
ticker's title is its message cut to seventy characters and "..." ("A number of issues related
to the 25 years activities have been fixed,..."), kept as shown. Dates: a day only (CipSoft
is in Regensburg: Berlin time). No bylines. Not entries: the menus, the search form, the theme
boxes (login, newcomer, premium, poll), the footer. `now`: the end of the archive's range, 13
January 2022."""

from datetime import UTC, date, datetime

url = "https://www.tibia.com/news/?subtopic=newsarchive"
timezone = "Europe/Berlin"
now = datetime(2022, 1, 13, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6529&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "A number of issues related to the 25 years activities have been fixed,...",
        "published": date(2022, 1, 12),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6528&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "The server save on all game worlds will take a bit longer than usual t...",
        "published": date(2022, 1, 11),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6515&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "First Dragon",
        "published": date(2022, 1, 11),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6527&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "TibiaLife.com.br has taken a closer look at Lord Retro. Are you lookin...",
        "published": date(2022, 1, 11),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6526&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "TibiaQA.com has introduced a new feature. You can now bump an pin ques...",
        "published": date(2022, 1, 11),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6525&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "GuildStats.eu has published an article about the statistics of the Exa...",
        "published": date(2022, 1, 10),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6524&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "Are you looking for more information on the Time Dungeon Quest? TibiaL...",
        "published": date(2022, 1, 10),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6523&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "TibiaMaps.io has taken a closer look at the anniversary celebrations, ...",
        "published": date(2022, 1, 10),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6522&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "TibiaGoals.com has published an article about the TibiaDrome. Want to ...",
        "published": date(2022, 1, 10),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6521&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "With today's server save we have fixed an issue concerning the cooldow...",
        "published": date(2022, 1, 8),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6520&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "The worlds are now back online and the following things have been fixe...",
        "published": date(2022, 1, 7),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6519&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "We have to take the game worlds offline for a short while around 15:45...",
        "published": date(2022, 1, 7),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6518&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "Do not forget to participate in the 10th anniversary contest of TibiaW...",
        "published": date(2022, 1, 7),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6416&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "Happy 25th Anniversary Tibia!",
        "published": date(2022, 1, 7),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6517&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "For the release of the 25th anniversary activities, a longer downtime ...",
        "published": date(2022, 1, 5),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6429&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "25 Years of Tibia: Events and Activities",
        "published": date(2022, 1, 5),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6516&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "TibiaEvents.com would like to remind you of their two contests! Their ...",
        "published": date(2022, 1, 5),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6502&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "Happy eleven, Guildstats.eu! Today, it is their 11th anniversary. Cong...",
        "published": date(2022, 1, 5),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6514&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "TibiaSecrets.com has published anniversary episode 10 of their Explore...",
        "published": date(2022, 1, 4),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6513&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "NabBot.xyz has published their traditional review of 2021. Their revie...",
        "published": date(2022, 1, 4),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6512&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "TibiaData.com has some news to share! First of all, they invite you to...",
        "published": date(2022, 1, 4),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6511&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "A new month has started, so TibiaGoals.com has once again published an...",
        "published": date(2022, 1, 3),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6510&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "TibiaPal.com has enhanced their Boss Timers feature to include profile...",
        "published": date(2022, 1, 3),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6509&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "As it is tradition on TibiaQA.com, they have published an infographic,...",
        "published": date(2022, 1, 3),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6504&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "Happy first anniversary, TibiaFanart.com! Today the fansite that promo...",
        "published": date(2022, 1, 2),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6503&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "Happy anniversary, TibiaVIP.app! Today, the fansite celebrates their f...",
        "published": date(2022, 1, 2),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6508&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "The final chapter of the fan fiction O Nascimento do Adamant Shield wa...",
        "published": date(2021, 12, 30),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6506&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "Only 2 days left to take part in the Christmas contest on BomDiaTibia....",
        "published": date(2021, 12, 29),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6489&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "Happy fourth anniversary, TibiaQA.com! Congratulations and best wishes...",
        "published": date(2021, 12, 28),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6507&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "TibiaGoals.com has started publishing new fan fiction. Chapter I: The ...",
        "published": date(2021, 12, 28),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6505&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "GuildStats.eu has published an article about the Exaltation Forge. Sou...",
        "published": date(2021, 12, 28),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6474&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "For the next few days, Ned Nobel will be selling his fireworks rockets...",
        "published": date(2021, 12, 27),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6501&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "TibiaFanart.com would like to invite you to check out their latest add...",
        "published": date(2021, 12, 27),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6500&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "After a short downtime, the game worlds are now up and running again! ...",
        "published": date(2021, 12, 22),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6499&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "In order to address a technical issue that might cause a problem in th...",
        "published": date(2021, 12, 22),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6481&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "New Mounts",
        "published": date(2021, 12, 22),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6490&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "Happy Birthday, ExevoPan.com! Today, the fairly new Tibia fansite that...",
        "published": date(2021, 12, 20),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6482&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "Ruprecht needs your help, Tibians! The goblins of the Grynch clan have...",
        "published": date(2021, 12, 20),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6498&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "The server save on Nefera, Peloria, Collabra, Monza and Ombra will tak...",
        "published": date(2021, 12, 20),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6497&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "Are you ready for a Christmas custome party? TibiaEvents.com has just ...",
        "published": date(2021, 12, 20),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6496&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "One more Christmas event was started today. ManjaTibia.com.br invites ...",
        "published": date(2021, 12, 20),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6488&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "Happy Birthday, TibiaEvents.com! Today, the fansite turns 9 already. A...",
        "published": date(2021, 12, 18),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6495&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "TibiaBosses.com has published a new tool, the Player Online Status Ale...",
        "published": date(2021, 12, 17),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6494&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "There is not even a week left to submit your entry for the current con...",
        "published": date(2021, 12, 17),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6493&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "TibiaGoals.com has published a new article in their Girls for Girls se...",
        "published": date(2021, 12, 17),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6473&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "Extended Double XP and Skill Event",
        "published": date(2021, 12, 16),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6472&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "Winterlight Solstice",
        "published": date(2021, 12, 15),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6486&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "TibiaFanart.com has published a new interview with an expert for house...",
        "published": date(2021, 12, 15),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6485&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "What would Santa look like with a journal shield? That is the quesiton...",
        "published": date(2021, 12, 15),
        "author": None,
    },
    {
        "link": "https://www.tibia.com/news/?subtopic=newsarchive&id=6484&fbegind=14&fbeginm=12&fbeginy=2021&fendd=13&fendm=1&fendy=2022&flist=11111111",
        "title": "The following fixes and changes have been implemented today: Influence...",
        "published": date(2021, 12, 14),
        "author": None,
    },
]

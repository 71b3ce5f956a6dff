"""Real page: an electronics forum's board "Analog discussion", page 1 of 3 (pcbheaven.com,
Simple Machines Forum 2 with its default theme, 2010–2015 topics), saved in April 2016 by
TeamHG-Memex/autopager for its pagination data. English, no `lang`. A <table
class=table_grid> under <div id=messageindex>: a header row of sort links ("Subject /
Started by", "Replies / Views", "Last post"), a "0 Members and 2 Guests are viewing this
board." row, then one <tr> per topic: icons, the subject cell (<span id=msg_N><a>title</a>,
then "<p>Started by <a>andrew124C41</a>" — or "Started by kostas" unlinked for a deleted
member: the entry's author), "11 Replies / 1227 Views", and the last post cell (an icon link,
"August 29, 2015, 09:45:11 AM by <a>kam</a>"). Dates not scored: the only time a row shows is
its last post's. Not entries: the sort links, the breadcrumbs, the page links, the board
index's menus, the "Jump to" form, the footer. `now` is the save (April 2016).
"""

from datetime import UTC, datetime

url = "http://www.pcbheaven.com/forum/index.php?board=18.0"
timezone = "UTC"
now = datetime(2016, 4, 25, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.pcbheaven.com/forum/index.php?topic=1879.0",
        "title": "PWM Control for Asus M5A97 LE R2.0 and Ausus M5A97 R2.0 MBs",
        "author": "andrew124C41",
    },
    {
        "link": "http://www.pcbheaven.com/forum/index.php?topic=1878.0",
        "title": "PWM Controller question",
        "author": "FlyinGeorge",
    },
    {
        "link": "http://www.pcbheaven.com/forum/index.php?topic=1796.0",
        "title": "Help with RF interference freezing USB keyboard encoder",
        "author": "imseakin",
    },
    {
        "link": "http://www.pcbheaven.com/forum/index.php?topic=23.0",
        "title": "Class amplifiers",
        "author": "kostas",
    },
    {
        "link": "http://www.pcbheaven.com/forum/index.php?topic=96.0",
        "title": "How does Ultrasonic work?",
        "author": "Elf",
    },
    {
        "link": "http://www.pcbheaven.com/forum/index.php?topic=355.0",
        "title": "Active filter",
        "author": "Silves",
    },
    {
        "link": "http://www.pcbheaven.com/forum/index.php?topic=1665.0",
        "title": "Is LED brightness linearily proportional to supply current (dimming LEDs)?",
        "author": "robmack",
    },
    {
        "link": "http://www.pcbheaven.com/forum/index.php?topic=1653.0",
        "title": "Light / Dark Activated Relay circuit help needed",
        "author": "johnplagis",
    },
    {
        "link": "http://www.pcbheaven.com/forum/index.php?topic=1654.0",
        "title": "Led Array Dimmer",
        "author": "rais6",
    },
    {
        "link": "http://www.pcbheaven.com/forum/index.php?topic=1644.0",
        "title": "Check an inverter on lcd monitor with multimeter.",
        "author": "thanosgen",
    },
    {
        "link": "http://www.pcbheaven.com/forum/index.php?topic=1601.0",
        "title": "Fade-in 12V Incandescent Light Bulb",
        "author": "dvanpolanen",
    },
    {
        "link": "http://www.pcbheaven.com/forum/index.php?topic=1512.0",
        "title": "Buck converter for small wind turbine project using a transistor?",
        "author": "Burnit0017",
    },
    {
        "link": "http://www.pcbheaven.com/forum/index.php?topic=1485.0",
        "title": "PWM accuracy issues",
        "author": "hobby horse",
    },
    {
        "link": "http://www.pcbheaven.com/forum/index.php?topic=40.0",
        "title": "How can i filter noise to audio?",
        "author": "FrED",
    },
    {
        "link": "http://www.pcbheaven.com/forum/index.php?topic=1462.0",
        "title": "Car Dome Light Off-Delay",
        "author": "Tehop",
    },
    {
        "link": "http://www.pcbheaven.com/forum/index.php?topic=1417.0",
        "title": "Filter Design Software - free",
        "author": "George",
    },
    {
        "link": "http://www.pcbheaven.com/forum/index.php?topic=1382.0",
        "title": "rectifier",
        "author": "cheerio",
    },
    {
        "link": "http://www.pcbheaven.com/forum/index.php?topic=1191.0",
        "title": "who the circuit of fluorescent lamp works?",
        "author": "johniee",
    },
    {
        "link": "http://www.pcbheaven.com/forum/index.php?topic=1112.0",
        "title": "Automatic Street Light",
        "author": "ertiexd125",
    },
    {
        "link": "http://www.pcbheaven.com/forum/index.php?topic=1074.0",
        "title": "Need some advice on a duel voltage PS",
        "author": "MrDEB",
    },
]

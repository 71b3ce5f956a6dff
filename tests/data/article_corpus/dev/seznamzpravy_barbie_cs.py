"""A Czech news site (2020): the headline <h1>, the reporter's name under it, '23. 10.' and '19:14' (no year shown; JSON-LD datePublished 17:14Z is the same time), a JSON-LD Person; the page's JSON state lists photographs' credits as 'author'; og:title ends in ' - Seznam Zprávy'.

Page: hynky1999/Czech-News-Classification-dataset @ 94d38e19cc7293e0a1f34f9e0564ced435aef271 : Processor/tests/sites/seznamzpravyCZ/test_articles/cc_2020.html (MIT).
"""

from datetime import UTC, datetime

url = "https://www.seznamzpravy.cz/clanek/bude-barbie-na-pridel-mattel-nestiha-kvuli-pandemii-vyrabet-125823"
timezone = "Europe/Prague"
lang = "cs"
title = "Bude Barbie na příděl? Mattel nestíhá kvůli pandemii vyrábět"
published = datetime(2020, 10, 23, 17, 14, tzinfo=UTC)
authors = ["Dominika Fuchsová"]

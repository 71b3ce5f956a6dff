"""'AFP 30 avril 2015 à 07:19 (Mis à jour : … 07:38)'; the other 'Par …' bylines belong to other items of the page.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/liberation-1/source.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://www.liberation.fr/monde/2015/04/30/un-troisieme-francais-mort-dans-le-seisme-au-nepal_1278483"
timezone = "Europe/Paris"
lang = "fr"
title = "Un troisième Français mort dans le séisme au Népal"
published = datetime(2015, 4, 30, 5, 19, tzinfo=UTC)  # 2015-04-30 07:19 Europe/Paris
authors = ["AFP"]

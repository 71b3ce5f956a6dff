"""A German hardware magazine (Joomla): the <h1> holds two <p>s, a kicker ('Half-Life mit Raytracing')
and the microdata headline ('Mod gibt dem 25 Jahr alten Shooter neuen Glanz'); og:title and <title>
join them with a colon and name the site after a dash. 'Von Bernd Schneider' and 'Dienstag, 25.04.2023
um 18:14 Uhr' (Berlin); the <time> and microdata datePublished write 16:14:21+02:00 (the UTC time with
the local offset).

Page: rijkvp/article-extractor @ 844da346415d01a09ecbb7d1727c831566e16da6 : resources/tests/ftr/hardwareluxx/source.html (GPL-3.0).
"""

from datetime import UTC, datetime

url = "https://www.hardwareluxx.de/index.php/news/software/spiele/60882-half-life-mit-ray-tracing-mod-gibt-dem-25-jahr-alten-shooter-neuen-glanz.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Half-Life mit Raytracing: Mod gibt dem 25 Jahr alten Shooter neuen Glanz"
also_titles = ["Mod gibt dem 25 Jahr alten Shooter neuen Glanz"]
published = datetime(2023, 4, 25, 16, 14, tzinfo=UTC)  # 'Dienstag, 25.04.2023 um 18:14 Uhr' Europe/Berlin
authors = ["Bernd Schneider"]

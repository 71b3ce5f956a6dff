"""An anglers' magazine: the <h1> joins two verbs with a slash, og:title and the JSON-LD hold the shorter question (counted too); 'Christoph Hein Chefredakteur ca. 8 Min. 12.01.2022': the day shown is the dateModified's (the datePublished is 2021-11-29), shown as the date; a second JSON-LD gives zoneless local times.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/angelmagazin.de-schmerzen.html (Apache-2.0).
"""

from datetime import date

url = "https://angelmagazin.de/fische-schmerzen/"
timezone = "Europe/Berlin"
lang = "de-DE"
title = "Können Fische Schmerzen spüren / empfinden?"
also_titles = ["Können Fische Schmerzen spüren?"]
published = date(2022, 1, 12)
authors = ["Christoph Hein"]

"""The headline is an <h2 class="entry__title"> (the <h1>s are the logo, the menu and the section, 'Cronaca'); 'Pubblicato il 19 Febbraio 2020' (a day), 'Ultima modifica 19 Febbraio 2020 12:02'. No byline on the article (the names further down are related articles'). og:title carries ' - La Stampa'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/lastampa.it.temperature.html (Apache-2.0).
"""

from datetime import date

url = "https://www.lastampa.it/cronaca/2020/02/19/news/temperature-in-calo-in-tutta-italia-attesa-neve-sull-appennino-1.38487954"
timezone = "Europe/Rome"
lang = "it-IT"
title = "Perturbazione polare al Centro e al Sud. Il Nord, scavalcato, mantiene temperature alte"
published = date(2020, 2, 19)

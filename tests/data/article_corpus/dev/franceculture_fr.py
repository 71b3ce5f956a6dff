"""A radio episode's page: '14/01/2020' under the headline (day only). No byline.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/franceculture.fr.idees.html (Apache-2.0).
"""

from datetime import date

url = "https://www.franceculture.fr/emissions/le-journal-des-idees/le-journal-des-idees-emission-du-mardi-14-janvier-2020"
timezone = "Europe/Paris"
lang = "fr"
title = "Prendre la parole"
published = date(2020, 1, 14)

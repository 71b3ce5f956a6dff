"""A university's news: no OpenGraph nor JSON-LD, <meta name="title"> and the <title> end in ' | PSL'. 'Le 06 Novembre 2019' under the headline (a day; <time datetime> 12:00 UTC). No byline.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/psl.eu.luniversite.html (Apache-2.0).
"""

from datetime import date

url = "https://www.psl.eu/actualites/luniversite-psl-quand-les-grandes-ecoles-font-universite"
timezone = "Europe/Paris"
lang = "fr"
title = "L’Université PSL : quand les grandes écoles font université"
published = date(2019, 11, 6)

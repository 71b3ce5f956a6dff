"""'Martin Clavey … 20 janvier 2020' (published and updated the same day, both shown); no embedded date or author.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/soundofscience.fr.1927.html (Apache-2.0).
"""

from datetime import date

url = "https://www.soundofscience.fr/1927"
timezone = "Europe/Paris"
lang = "fr-FR"
title = "Une candidature collective à la présidence du HCERES"
published = date(2020, 1, 20)
authors = ["Martin Clavey"]

"""'Publié le 05/04/2013 à 17:08' (Paris) beside 'Mis à jour le 06/04/2013 à 10:37'; two authors in the byline; <meta name="author"> is the site's address ('lefigaro.fr').

Page: goose3/goose3 @ c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7 : tests/data/content/test_lefigaro.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://www.lefigaro.fr/conjoncture/2013/04/05/20002-20130405ARTFIG00473-montebourg-envisage-des-privatisations-partielles.php"
timezone = "Europe/Paris"
lang = "fr"
title = "Montebourg envisage des privatisations partielles"
published = datetime(2013, 4, 5, 15, 8, tzinfo=UTC)
authors = ["Bertille Bayart", "Marie Visot"]

"""An association's SPIP site without embedded metadata but og:title: a first <h1> is the site's name and tagline; 'jeudi 13 juin 2019, par Attac France': no author scored (the association).

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/france.attc.org-privatisations.html (Apache-2.0).
"""

from datetime import date

url = "https://france.attac.org/actus-et-medias/dans-les-medias/article/les-privatisations-sont-au-profit-d-interets-prives-financiers-des"
timezone = "Europe/Paris"
lang = "fr"
title = "« Les privatisations sont au profit d’intérêts privés, financiers, des multinationales et au détriment des salariés et des usagers »"
published = date(2019, 6, 13)

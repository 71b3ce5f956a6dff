"""A cultural fortnightly: a first <h1> is the site's ('Dwutygodnik - strona kultury'); '11 minut czytania / Obyczaje Winda w chmurach Iwona Kurz'; no date shown (not scored); og:title joins the headline, the section and the site with slashes.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/Winda w chmurach _ Obyczaje _ Dwutygodnik _ Dwutygodnik.html (Apache-2.0).
"""

url = "https://www.dwutygodnik.com/artykul/9491-winda-w-chmurach.html"
timezone = "Europe/Warsaw"
lang = "pl"
title = "Winda w chmurach"
authors = ["Iwona Kurz"]

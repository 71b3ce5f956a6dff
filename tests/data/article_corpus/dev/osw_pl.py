"""A think tank's analysis: '2021-04-20', then 'Mateusz Gniazdowski Martyna Wasiuta Współpraca Mateusz Seroka, Piotr Żochowski' (the two authors, then two collaborators, not scored). The JSON-LD Person's name is a list of HTML links (<a href=…>Mateusz Gniazdowski</a>).

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/Rosyjskie zamachy w Czechach - kontekst krajowy, implikacje, perspektywy.html (Apache-2.0).
"""

from datetime import date

url = "https://www.osw.waw.pl/pl/publikacje/analizy/2021-04-20/rosyjskie-zamachy-w-czechach-kontekst-krajowy-implikacje-perspektywy"
timezone = "Europe/Warsaw"
lang = "pl"
title = "Rosyjskie zamachy w Czechach – kontekst krajowy, implikacje, perspektywy"
published = date(2021, 4, 20)
authors = ["Mateusz Gniazdowski", "Martyna Wasiuta"]

"""'Zmiany personalne autor: jd 2021-05-12' after the lead: initials as the byline, the day only (the JSON-LD, in single quotes that are not JSON, says the same). The <title> is a search headline (counted too).

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/Maciej Krzysztoszek rzecznik prasowy Amica menedżer komunikacji zewnętrznej.html (Apache-2.0).
"""

from datetime import date

url = "https://www.wirtualnemedia.pl/artykul/maciej-krzysztoszek-rzecznik-prasowy-amica-menedzer-komunikacji-zewnetrznej"
timezone = "Europe/Warsaw"
lang = "pl"
title = "Maciej Krzysztoszek rzecznikiem prasowym Grupy Amica"
also_titles = ["Maciej Krzysztoszek rzecznik prasowy Amica menedżer komunikacji zewnętrznej"]
published = date(2021, 5, 12)
authors = ["jd"]

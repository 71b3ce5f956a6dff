"""Croatian portal: a kicker 'MINISTARSTVO' over the <h1> (with or without it counts); 'Autor: Ivana Petrić 17:37 06.08.2020'. Other stories' <h1>s follow in the page.

Page: leogao2/htmltotext-benchmark @ feab59949ee4f9789af8e0c2412720895278d3cf : benchmarkdata/hr/html/news-nethr-ministarstvo-kulture-dat-ce-13-milijun-kuna-mediju-koji-prenosi-lazne-vijesti-novinarki-se-u-medugorju-ukazao-isus.html (no licence stated).
"""

from datetime import UTC, datetime

url = "https://net.hr/danas/hrvatska/ministarstvo-kulture-dat-ce-13-milijun-kuna-mediju-koji-prenosi-lazne-vijesti-novinarki-se-u-medugorju-ukazao-isus/"
timezone = "Europe/Zagreb"
lang = "hr"
title = "OBJAVLJUJU I LAŽNE VIJESTI, A OD DRŽAVE ĆE DOBITI VIŠE OD MILIJUN KUNA: ‘Poslali ju da raskrinka laži, a onda joj se tamo ukazao Isus…’"
also_titles = [
    "MINISTARSTVO OBJAVLJUJU I LAŽNE VIJESTI, A OD DRŽAVE ĆE DOBITI VIŠE OD MILIJUN KUNA: ‘Poslali ju da raskrinka laži, a onda joj se tamo ukazao Isus…’"
]
published = datetime(2020, 8, 6, 15, 37, tzinfo=UTC)
authors = ["Ivana Petrić"]

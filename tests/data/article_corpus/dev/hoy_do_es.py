"""Dominican paper on WordPress: 'El País' (the section), 'Soila Paniagua 22 abril, 2022' under the headline (a day; article:published_time is local midnight, 04:00 UTC); <html lang="en"> on a Spanish page; other stories' dates in the same classes below.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/hoy.com.do-AIRD.html (Apache-2.0).
"""

from datetime import date

url = "https://hoy.com.do/resaltan-aportes-aird-en-60-anos-de-su-fundacion/"
timezone = "America/Santo_Domingo"
lang = "es"
title = "Resaltan aportes AIRD en 60 años de su fundación"
published = date(2022, 4, 22)
authors = ["Soila Paniagua"]

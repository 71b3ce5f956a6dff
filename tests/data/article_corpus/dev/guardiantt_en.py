"""Trinidad Guardian: the byline template is broken ('by#meta[ag-author]') and the dates are digits a script would format ('20220428223328', publishing '20220428'): the day is scored. The reporter's name is printed in capitals with soft hyphens after the photograph's credit ('KRISTIAN DE SILVA', then 'PE­TER CHRISTO­PHER' and his address); only dateModified is declared. Other stories' headlines are <h1 class="headline"> too.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/guardian.co.tt-massy.html (Apache-2.0).
"""

from datetime import date

url = "http://www.guardian.co.tt/news/massy-stores-stalled-nationwide-by-cyber-attack-6.2.1486196.cb45ff1644"
timezone = "America/Port_of_Spain"
lang = "en"
title = "Massy Stores stalled nationwide by cyber attack"
published = date(2022, 4, 28)
authors = ["Peter Christopher"]

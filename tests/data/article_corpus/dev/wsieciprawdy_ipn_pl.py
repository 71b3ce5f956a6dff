"""'opublikowano: 7 kwietnia 2021' under the <h1>; no embedded metadata but og:title (the weekly's name appended). No author scored: a summary of the weekly's issue, with no byline. The file declares no charset (UTF-8).

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/Sieci_ IPN, czyli element infrastruktury krytycznej Tygodnik Sieci.html (Apache-2.0).
"""

from datetime import date

url = "http://www.wsieciprawdy.pl/sieci-ipn-czyli-element-infrastruktury-krytycznej,pnews,4715.html"
timezone = "Europe/Warsaw"
lang = "pl"
title = "„Sieci”: IPN, czyli element infrastruktury krytycznej"
published = date(2021, 4, 7)

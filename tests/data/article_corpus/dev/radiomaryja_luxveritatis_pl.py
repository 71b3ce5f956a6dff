"""'5 maja 2021 11:22/w Informacje, Polska Radio Maryja' under the <h1> (the <time> and article:published_time agree); a sidebar of audio items carries microdata headlines, datePublished and author of its own. No author scored: the byline is the station's (Radio Maryja), while article:author is a login's address. One sidebar title holds a byte that is not UTF-8.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/Sprzeciw wobec ataków na Fundację Lux Veritatis - RadioMaryja.pl.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.radiomaryja.pl/informacje/sprzeciw-wobec-atakow-na-fundacje-lux-veritatis/"
timezone = "Europe/Warsaw"
lang = "pl"
title = "Sprzeciw wobec ataków na Fundację Lux Veritatis"
published = datetime(2021, 5, 5, 9, 22, tzinfo=UTC)  # 2021-05-05 11:22 Europe/Warsaw

"""'Historia Wczoraj, 10 maja (11:03)' under the picture ('yesterday', and the day); microdata datePublished '2021-05-10T11:03:14' has no zone (Warsaw time). og:title is a social headline (counted too). No author scored: the Author <meta> is the portal (INTERIA.PL), the microdata author a picture's credit ('/domena publiczna'), and the partner named is a site (Ciekawostki Historyczne).

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/Angus Barbieri. Nie jadł przez 382 dni - Menway w INTERIA.PL.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://menway.interia.pl/historia/news-angus-barbieri-nie-jadl-przez-382-dni,nId,5222535"
timezone = "Europe/Warsaw"
lang = "pl"
title = "Angus Barbieri. Nie jadł przez 382 dni"
also_titles = ["Schudł 125 kilogramów! Przez rok odmawiał sobie tylko jednego"]
published = datetime(2021, 5, 10, 9, 3, tzinfo=UTC)  # 2021-05-10 11:03 Europe/Warsaw

"""Dominican English paper: 'April 21, 2022 | 4:39 pm' above the headline (Santo Domingo, UTC-4; <meta itemprop=datePublished> holds the same words), and 'Last update on April 21, 2022, 4:39 pm' in the header. The author shown is the site ('Dominicantoday'): no author scored; the author <meta> is the web designer's.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/dominicantoday.com-air.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://dominicantoday.com/dr/tourism/2022/04/21/iberojets-alliance-with-air-europa-will-promote-flights-to-punta-cana/"
timezone = "America/Santo_Domingo"
lang = "en"
title = "Iberojet’s alliance with Air Europa will promote flights to Punta Cana"
published = datetime(2022, 4, 21, 20, 39, tzinfo=UTC)

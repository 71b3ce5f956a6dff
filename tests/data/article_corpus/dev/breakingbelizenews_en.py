"""'Published by BBNTEAM at April 21, 2022' and 'Posted: Thursday, April 21, 2022. 10:11 pm CST.' (Belize, UTC-6). No author scored: the site's team.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/breakingbelizenews.com-paho.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.breakingbelizenews.com/2022/04/21/americas-at-risk-of-further-covid-19-wave-as-cases-surge-in-other-regions-paho-director-warns/"
timezone = "America/Belize"
lang = "en-US"
title = "Americas at risk of further COVID-19 wave as cases surge in other regions, PAHO Director warns"
published = datetime(2022, 4, 22, 4, 11, tzinfo=UTC)

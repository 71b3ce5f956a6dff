"""A pharmaceutical trade site: 'By Ben Adams Mar 10, 2022 05:30am' under the <h1> (a time in a zone the page does not name, the saving browser's: article:published_time says 08:30-05:00; the day is scored), other stories' 'May 4, 2022 03:23pm' bylines in the sidebar. article:author and parsely-author name him. No JSON-LD.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/fiercepharma/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

from datetime import date

url = "https://www.fiercepharma.com/marketing/novavax-eyeing-covid-vaccine-hesitant-and-kids-unveils-new-education-campaigns-nuvaxovid"
timezone = "America/New_York"
lang = "en"
title = "Novavax, eyeing the COVID 'vaccine hesitant' and kids, unveils new education campaigns as Nuvaxovid nears US finish line"
published = date(2022, 3, 10)
authors = ["Ben Adams"]

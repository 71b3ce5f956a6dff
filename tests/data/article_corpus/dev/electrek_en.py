"""An electric-vehicle news blog (WordPress): the <h1>, then 'Michelle Lewis - May. 26th 2022 8:57 am PT @michelle0728' (Pacific time; article:published_time agrees), 'About the Author' at the foot; the Yoast JSON-LD's author is an @id reference to its Person. A 'Guides' <h1> in the sidebar.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/electrek/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

from datetime import UTC, datetime

url = "https://electrek.co/2022/05/26/georgia-solar-panel-manufacturing/"
timezone = "America/Los_Angeles"
lang = "en"
title = "Georgia gives US solar panel manufacturing a big boost with a new factory"
published = datetime(2022, 5, 26, 15, 57, tzinfo=UTC)
authors = ["Michelle Lewis"]

"""A technology analyst's WordPress site: the site's <h1> 'Stratechery by Ben Thompson' and the sidebar's widget <h1>s ('By Ben Thompson', 'The Daily Update', …) around the post's <h1 class="entry-title">; 'Posted on Tuesday, April 5, 2016 Tuesday, March 27, 2018 Author by Ben Thompson' under it (the published and the updated <time>s side by side; a day). No JSON-LD.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/stratechery/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

from datetime import date

url = "https://stratechery.com/2016/its-a-tesla/"
timezone = "America/Los_Angeles"
lang = "en"
title = "It’s a Tesla"
published = date(2016, 4, 5)
authors = ["Ben Thompson"]

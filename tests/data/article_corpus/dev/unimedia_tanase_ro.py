"""A Moldovan news portal's video story (2013, Romanian): 'ora: 11:15, 09 iun 2013' and view and comment counts above the headline <h1> (the time before the day); no byline (<meta name="author"> is the site's name).

Page: 9-volt/radio-erevan @ 3697532107ac62996d8479695111e7ee60beb728 : spec/fixtures/unimedia_article-1.html (none stated).
"""

from datetime import UTC, datetime

url = "http://unimedia.info/stiri/video-tanase-am-ramas-surprins-de-numarul-expertilor-in-drept-constitutional-61799.html"
timezone = "Europe/Chisinau"
lang = "ro"
title = "(video) Tănase: Am rămas surprins de numărul experților în drept constituțional"
published = datetime(2013, 6, 9, 8, 15, tzinfo=UTC)  # 11:15, 09 iun 2013 Europe/Chisinau

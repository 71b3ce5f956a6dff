"""'on 04 December 2014' under the headline; the byline is the site's contributors' account ('by CH Contributor'): author not scored. The page's only <h1> is the search box's ('No matches for your search').

Page: AndyTheFactory/newspaper4k @ 79553f6302cea1a6e36103fb4dc1c675ca704cd3 : tests/data/html/coolhunting.com1.html (MIT).
"""

from datetime import date

url = "http://www.coolhunting.com/travel/monastero-santa-rosa-hotel-spa-on-the-almafi-coast"
timezone = "America/New_York"
lang = "en"
title = "Monastero Santa Rosa Hotel and Spa on the Amalfi Coast"
published = date(2014, 12, 4)

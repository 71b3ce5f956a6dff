"""'By Jewish Business News Correspondent Published January 20, 2016' under the standfirst (a day only): the byline is the site's desk (Yoast's Twitter card 'Written by' and its graph's Person say the same), authors not scored. twitter:title adds ' - Jewish Business News'.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/jewish-business-news/input.html (MIT).
"""

from datetime import date

url = "https://jewishbusinessnews.com/2016/01/20/israeli-startup-jfrog-raises-50-million-in-c-round/"
timezone = "America/New_York"
lang = "en"
title = "Israeli startup JFrog raises $50 million in C round"
published = date(2016, 1, 20)

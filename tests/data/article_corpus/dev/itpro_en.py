"""'News By Daniel Todd published 2 days ago': the date shown is relative: not scored.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/itpro/input.html (MIT).
"""

url = (
    "https://www.itpro.com/business/leadership/dell-appoints-new-uk-channel-lead-amid-partner-program-revamp"
)
timezone = "Europe/London"
lang = "en"
title = "Dell appoints new UK channel lead amid partner program revamp"
authors = ["Daniel Todd"]

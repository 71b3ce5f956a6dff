"""'Chris Mellor Tue 3 May 2016 // 16:26 UTC'.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/the-register/input.html (MIT).
"""

from datetime import UTC, datetime

url = "https://www.theregister.com/2016/05/03/emc_world_virtustream_announcement/"
timezone = "Europe/London"
lang = "en"
title = "EMC makes a LEAP forward with Virtustream and more"
published = datetime(2016, 5, 3, 16, 26, tzinfo=UTC)  # 2016-05-03 16:26 UTC as the page names it
authors = ["Chris Mellor"]

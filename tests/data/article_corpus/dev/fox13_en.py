"""'By: CNN Wire' (an agency: no author scored) 'Posted at 2013-12-30T14:42:01-0700 and last updated 2013-12-30 16:42:01-05'; article:published_time writes 21:42:01 without a zone (UTC). The headline's last space is a no-break space.

Page: AndyTheFactory/newspaper4k @ 540bff3e8344cb8291c4829fafd98860f30d9692 : tests/data/html/fox13now_001.html (MIT).
"""

from datetime import UTC, datetime

url = "https://www.fox13now.com/2013/12/30/new-year-new-laws-obamacare-pot-guns-and-drones"
timezone = "America/Denver"
lang = "en"
title = "New Year, new laws: Obamacare, pot, guns and drones"
published = datetime(2013, 12, 30, 21, 42, tzinfo=UTC)

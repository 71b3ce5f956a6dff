"""'By James Whittaker - May 4, 2022'; a second <h1> at the foot is the site's ('Cayman Compass is Cayman News.'); the Yoast graph's author is an @id, a second JSON-LD names the reporter.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/caymancompass.com-prison.html (Apache-2.0).
"""

from datetime import date

url = "https://www.caymancompass.com/2022/05/04/prison-official-anyone-could-escape-from-northward/"
timezone = "America/Cayman"
lang = "en-GB"
title = "Prison official: ‘Anyone’ could escape from Northward"
published = date(2022, 5, 4)
authors = ["James Whittaker"]

"""Guyanese paper on WordPress: an empty <h1> (the headline is in an <h2>), 'May 06, 2022 News' above 'Kaieteur News –' opening the text (the paper: no author scored); the header's 'Latest update May 6th, 2022 12:49 AM' is the site's; article:modified_time is four hours before article:published_time.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/kaieteurnewsonline.com-essequibo.html (Apache-2.0).
"""

from datetime import date

url = "https://www.kaieteurnewsonline.com/2022/05/06/essequibo-hunter-found-dead-with-gunshot-wounds/"
timezone = "America/Guyana"
lang = "en"
title = "Essequibo hunter found dead with gunshot wounds"
published = date(2022, 5, 6)

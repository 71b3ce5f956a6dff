"""'By David Faris published 5 May 2023' (a day). The <title> is a search headline ('… Who is Biden's 2024 campaign manager? | The Week'); og:site_name is "theweek".

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/theweek.com-Julie-Chavez.html (Apache-2.0).
"""

from datetime import date

url = "https://theweek.com/us/1023253/julie-chavez-rodriguez-the-woman-behind-bidens-big-bid-in-2024"
timezone = "America/New_York"
lang = "en"
title = "Julie Chavez Rodriguez: The woman behind Biden's big 2024 bid"
published = date(2023, 5, 5)
authors = ["David Faris"]

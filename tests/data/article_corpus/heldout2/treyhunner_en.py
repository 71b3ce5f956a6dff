"""The <h1 class="entry-title"> (the first <h1> is the site's name); 'Dec 21st, 2018 2:00 pm' (no zone named): the day; 'Posted by Trey Hunner'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/treyhunner.com-pathlib.html (Apache-2.0). htmldate's day (tests/eval_default.json) agrees.
"""

from datetime import date

url = "https://treyhunner.com/2018/12/why-you-should-be-using-pathlib/"
timezone = "America/Los_Angeles"
lang = "en"
title = "Why you should be using pathlib"
published = date(2018, 12, 21)
authors = ["Trey Hunner"]

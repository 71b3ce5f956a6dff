"""A news item: '24 September 2019' (a day), 'Elizabeth Gibney'. The page's first <h1> is empty (the logo), the last is a newsletter box's.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/nature.com.telescope.html (Apache-2.0).
"""

from datetime import date

url = "https://www.nature.com/articles/d41586-019-02790-3"
timezone = "Europe/London"
lang = "en"
title = "Gigantic Chinese telescope opens to astronomers worldwide"
published = date(2019, 9, 24)
authors = ["Elizabeth Gibney"]

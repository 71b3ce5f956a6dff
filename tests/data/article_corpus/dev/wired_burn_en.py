"""'Will Knight Business 01.21.2020 07:00 AM' (a time in a zone the page does not name: the day).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/wired.com.burn.html (Apache-2.0).
"""

from datetime import date

url = "https://www.wired.com/story/ai-great-things-burn-planet/"
timezone = "America/New_York"
lang = "en"
title = "AI Can Do Great Things—if It Doesn't Burn the Planet"
published = date(2020, 1, 21)
authors = ["Will Knight"]

"""'Andrew Woodcock Political Editor @andywoodcock Monday 28 September 2020 19:27' (a time in a zone the page does not name: the day): the time shown is the modified one, the day the same. og:title is another social headline: it counts too.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/independent.co.uk.penalty.html (Apache-2.0).
"""

from datetime import date

url = "https://www.independent.co.uk/news/uk/politics/coronavirus-false-reporting-contact-fine-penalty-b671230.html"
timezone = "Europe/London"
lang = "en"
title = "Coronavirus: £1,000 fine for falsely reporting a contact to force them to self-isolate"
also_titles = [
    "Falsely reporting a coronavirus contact to force them to self-isolate will receive £1,000 fine"
]
published = date(2020, 9, 28)
authors = ["Andrew Woodcock"]

"""A German rail-travel blog: the <h1> 'DB Lounge: Kein Zugang mehr mit Sparpreis-Ticket' (og:title and <title> another wording, 'Kein Zutritt mehr mit Sparpreis-Tickets', counted), 'von David · 18. Oktober 2019' (a day; a first name as the byline; article:author is the blog's Facebook address).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/0a4a8ab61c054192b1ec70cc3570cf45.html (Apache-2.0).
"""

from datetime import date

url = "https://www.zugreiseblog.de/db-lounge-zutritt-sparpreis/"
timezone = "Europe/Berlin"
lang = "de-DE"
title = "DB Lounge: Kein Zugang mehr mit Sparpreis-Ticket"
also_titles = ["DB Lounge: Kein Zutritt mehr mit Sparpreis-Tickets"]
published = date(2019, 10, 18)
authors = ["David"]

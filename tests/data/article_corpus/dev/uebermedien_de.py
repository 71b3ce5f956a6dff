"""Kicker '„Heikles“ Thema' above the headline. '3. November 2023 … von Stefan Niggemeier' (day only). The first <h1> is the site's name. The JSON-LD author is a reference (@id) to a Person node.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/uebermedien.de-Israel.html (Apache-2.0).
"""

from datetime import date

url = "https://uebermedien.de/89676/gute-tabus-schlechte-tabus-die-vertauschten-rollen-in-der-debatte-ueber-israel/"
timezone = "Europe/Berlin"
lang = "de-DE"
title = "Gute Tabus, schlechte Tabus: Die vertauschten Rollen in der Debatte über Israel"
published = date(2023, 11, 3)
authors = ["Stefan Niggemeier"]

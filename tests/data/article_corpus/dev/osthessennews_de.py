"""'06.11.23 -' before the lead; the commentary is signed at its end '(Christian P. Stadtfeld)' and introduced as by the editor-in-chief; the JSON-LD author is the account's login ('christian.stadtfeld'). The <title> holds an SEO headline.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/Osthessen-news.de-Buergermeisterwahl.html (Apache-2.0).
"""

from datetime import date

url = "https://osthessen-news.de/n11752374/claudia-brandes-und-ihr-links-gruenes-buendnis-muessen-jetzt-liefern.html"
timezone = "Europe/Berlin"
lang = "de-DE"
title = "Claudia Brandes und ihr links-grünes Bündnis müssen jetzt liefern"
published = date(2023, 11, 6)
authors = ["Christian P. Stadtfeld"]

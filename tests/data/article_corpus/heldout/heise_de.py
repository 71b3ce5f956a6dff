"""'08.04.2015 12:46'; heise signs with initials at the end: author not scored.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/heise/source.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://www.heise.de/mac-and-i/meldung/1Password-fuer-Mac-generiert-Einmal-Passwoerter-2596987.html"
timezone = "Europe/Berlin"
lang = "de"
title = "1Password für Mac generiert Einmal-Passwörter"
published = datetime(2015, 4, 8, 10, 46, tzinfo=UTC)  # 2015-04-08 12:46 Europe/Berlin

"""A blog: the <h1> is its name; the date header '17.7.11' and 'posted by Stadler at 12:53' (Berlin time). No embedded metadata.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/internet-law.de.pseudonymen.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://www.internet-law.de/2011/07/verstost-der-ausschluss-von-pseudonymen-bei-google-gegen-deutsches-recht.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Verstößt der Ausschluss von Pseudonymen bei Google+ gegen deutsches Recht?"
published = datetime(2011, 7, 17, 10, 53, tzinfo=UTC)  # 2011-07-17 12:53 Europe/Berlin
authors = ["Stadler"]

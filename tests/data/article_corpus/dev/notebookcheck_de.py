"""'von Ronald Tiefenthäler am 25.04.2014' (a German 'von … am …' byline and dateline) in div.news-author-date; related and teaser lists carry their own dates.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/notebookcheck.html (Apache-2.0).
"""

from datetime import date

url = "http://www.notebookcheck.com/UEbernahme-Microsoft-schluckt-Devices-und-Services-Sparte-von-Nokia.115522.0.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Übernahme: Microsoft schluckt Devices und Services Sparte von Nokia"
published = date(2014, 4, 25)
authors = ["Ronald Tiefenthäler"]

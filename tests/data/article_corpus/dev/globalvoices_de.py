"""The headline is an <h2> (the <h1> is the logo); 'Übersetzung veröffentlicht am 30 April 2019 13:10 GMT' (article:published_time writes 15:10 as +0000); 'Geschrieben von Elisa Marvena', 'Geschrieben von Global Voices Latin America' (a desk), then the translators ('Übersetzt von …').

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/de.globalvoices.org.nicaragua.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://de.globalvoices.org/2019/04/30/ein-jahr-voller-proteste-nicaraguaner-wollen-nicht-mehr-nur-den-rucktritt-ortegas-sondern-einen-neuanfang/"
timezone = "Europe/Berlin"
lang = "de"
title = "Ein Jahr voller Proteste: Nicaraguaner wollen nicht mehr nur den Rücktritt Ortegas, sondern einen Neuanfang"
published = datetime(2019, 4, 30, 13, 10, tzinfo=UTC)
authors = ["Elisa Marvena"]

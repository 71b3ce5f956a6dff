"""The kicker 'Immobilienkrise' is inside the <h1> (the headline with it counted too); 'Veröffentlicht am 1. November 2023 09:35'; related posts' <time>s follow.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/finanzmarktwelt.de-Benko-Firma.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://finanzmarktwelt.de/signa-rene-benko-daten-berater-289554/"
timezone = "Europe/Berlin"
lang = "de-DE"
title = "Rene Benko-Firma Signa in Sorge – Finanzdaten und Berater-Auftrag"
also_titles = ["Immobilienkrise Rene Benko-Firma Signa in Sorge – Finanzdaten und Berater-Auftrag"]
published = datetime(2023, 11, 1, 8, 35, tzinfo=UTC)
authors = ["Claudio Kummerfeld"]

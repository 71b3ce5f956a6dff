"""Kicker 'Deutschlandtakt' over the headline: with or without it counts. '15. Mai 2019, 05:28 Uhr' (Berlin time); 'Von Markus Balser, Berlin' after the text. meta author is the publisher's company.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/sueddeutsche.de.flixtrain.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.sueddeutsche.de/wirtschaft/bahn-flixbus-flixtrain-deutschlandtakt-fernverkehr-1.4445845"
timezone = "Europe/Berlin"
lang = "de"
title = "Flixbus attackiert Deutsche Bahn"
also_titles = ["Deutschlandtakt: Flixbus attackiert Deutsche Bahn"]
published = datetime(2019, 5, 15, 3, 28, tzinfo=UTC)  # 2019-05-15 05:28 Europe/Berlin
authors = ["Markus Balser"]

"""The kicker '«Evnukkmakeren»:' above the <h1> 'Nordmann dømt til livstid' (JSON-LD's headline joins them; counted with and without it). The byline names 'Ingrid Treborg' and 'Marlene Lundberg Holm', then 'Publisert torsdag 09. mai 2024 - 13:26 Sist oppdatert torsdag 09. mai 2024 - 20:24' (Oslo time); JSON-LD and article:author name the second only.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/no/Dagbladet_2024_08_04.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.dagbladet.no/nyheter/nordmann-domt-til-livstid/81348547"
timezone = "Europe/Oslo"
lang = "no"
title = "Nordmann dømt til livstid"
also_titles = ["«Evnukkmakeren»: Nordmann dømt til livstid"]
published = datetime(2024, 5, 9, 11, 26, tzinfo=UTC)  # 09. mai 2024 13:26 Europe/Oslo
authors = ["Ingrid Treborg", "Marlene Lundberg Holm"]

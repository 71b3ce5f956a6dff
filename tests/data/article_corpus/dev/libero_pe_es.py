"""Peruvian sports paper: the <title> is the search engines' headline; 'Edilson La Rosa' with his address, 'sabado 07 de mayo del 2022' then 'Actualizado 07 May 2022 | 13:43 h' (the published day shown; its time shown only as the update's); the JSON-LD author is a login ('edilson.la.rosa').

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/libero.pe-ronaldo.html (Apache-2.0).
"""

from datetime import date

url = "https://libero.pe/futbol-internacional/2022/05/06/manchester-united-vs-brighton-en-vivo-via-star-plus-fox-sports-sky-sports-espn-2-premier-league-2022-cristiano-ronaldo-56304"
timezone = "America/Lima"
lang = "es"
title = "Cristiano Ronaldo lo sufre: Brighton goleó 4-0 a Manchester United y lo alejó de la Champions"
published = date(2022, 5, 7)
authors = ["Edilson La Rosa"]

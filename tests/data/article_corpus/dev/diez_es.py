"""Honduran sports paper: under the lead, the photograph's credit 'Kevyn Oseguera', then '2022-04-26' and the byline 'Gustavo Roca' (a day shown; the JSON-LD's datePublished 18:46 has no zone).

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/diez.hn-vargas.html (Apache-2.0).
"""

from datetime import date

url = "https://www.diez.hn/liganacionaldehonduras/hector-vargas-mentalidad-marathon-real-espana-ramiro-rocca-actualidad-XJ7856761"
timezone = "America/Tegucigalpa"
lang = "es"
title = (
    "Héctor Vargas va con mentalidad ganadora ante su ex, Marathón: Habla de la actualidad de Ramiro Rocca"
)
published = date(2022, 4, 26)
authors = ["Gustavo Roca"]

"""A political movement's site: its <h1>s are a donation form's amounts ('€5', '€10' …) and its tagline; the headline is an <h2 class="title-block">, then 'By Giovanni Gaggero | 12/10/2020' (day first).

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/diem25.org.climate.html (Apache-2.0).
"""

from datetime import date

url = "https://diem25.org/the-eus-green-deal-isnt-enough-save-from-climate-catastrophe/"
timezone = "Europe/Berlin"
lang = "en-GB"
title = "The EU’s Green Deal isn’t enough to save us from climate catastrophe"
published = date(2020, 10, 12)
authors = ["Giovanni Gaggero"]

"""The <h1>; '15 августа 2016, 13:43' above it (no zone named): the day. No byline ('Фото из Инстаграма Лукаша Подольски' is the photo's credit): not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/football.ua.podolski.html (Apache-2.0). htmldate's day (tests/eval_default.json) agrees.
"""

from datetime import date

url = "https://football.ua/germany/311510-podolski-zavershil-kareru-v-sbornojj.html"
timezone = "Europe/Kyiv"
lang = "ru"
title = "Подольски завершил карьеру в сборной"
published = date(2016, 8, 15)

"""The poster's name 'odno.kino' above the story; its date is shown as '4 года назад' (relative): not scored. JSON-LD lists every image and every other story of the page as items too.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/pikabu/input.html (MIT).
"""

url = "https://pikabu.ru/story/7_interesnyikh_nablyudeniy_o_pervoy_matritse_6758662"
timezone = "Europe/Moscow"
lang = "ru"
title = "7 интересных наблюдений о первой Матрице"
authors = ["odno.kino"]

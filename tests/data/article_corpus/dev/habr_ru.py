"""A Russian tech community's company blog post: 'programmerguru 24 янв в 17:00' above the <h1> (the login as byline; the time is shown in a zone the page does not name, the saving browser's, UTC+8, while the <time datetime> and the JSON-LD's 2023-01-24T12:00:03+03:00 name 09:00 UTC: the day is scored). The company's card follows the text.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/habr.com/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

from datetime import date

url = "https://habr.com/ru/company/ruvds/blog/712386/"
timezone = "Europe/Moscow"
lang = "ru"
title = "Js, трюки, наблюдения, бенчмарки и как Лиса уничтожает Хром. Я протестировал всё, что вам было лень"
published = date(2023, 1, 24)
authors = ["programmerguru"]

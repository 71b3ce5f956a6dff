"""A Moldovan TV news site's weekly review (2013, Romanian): the headline <h1>, then 'Articol de PUBLIKA.MD, publicat in data de 08-06-2013, ora 06:25' (the site as the byline: authors not scored); <meta name="date"> says 2013-06-09T16:12:53+03:00, a day later than the dateline.

Page: 9-volt/radio-erevan @ 3697532107ac62996d8479695111e7ee60beb728 : spec/fixtures/publika_article.html (none stated).
"""

from datetime import UTC, datetime

url = "http://www.publika.md/retrospectiva-politica--mai-multi-membri-ai-guvernului-au-ramas-fara-functii--iar-comunistii-si-au-recuperat-secera-si-ciocanul_1435991.html"
timezone = "Europe/Chisinau"
lang = "ro"
title = "Retrospectiva politică: Mai mulţi membri ai Guvernului au rămas fără funcţii, iar comuniştii şi-au recuperat secera şi ciocanul"
published = datetime(2013, 6, 8, 3, 25, tzinfo=UTC)  # 08-06-2013, ora 06:25 Europe/Chisinau

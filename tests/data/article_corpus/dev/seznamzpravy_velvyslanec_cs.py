"""A Czech news site (2018): the <h1> is the show's name as a kicker, 'Výzva:', before the headline (JSON-LD and og:title have it without); the reporter's name and '9. 10. 2018' (a day only) under it; a sidebar of latest stories each with its author and time; JSON-LD a Person.

Page: hynky1999/Czech-News-Classification-dataset @ 94d38e19cc7293e0a1f34f9e0564ced435aef271 : Processor/tests/sites/seznamzpravyCZ/test_articles/cc_2018.html (MIT).
"""

from datetime import date

url = "https://www.seznamzpravy.cz/clanek/konspiracni-teorie-a-strach-v-cesku-nam-delaji-starosti-situace-v-nemecku-neni-jen-o-migrantech-mini-velvyslanec-57854"
timezone = "Europe/Prague"
lang = "cs"
title = "Konspirační teorie a strach v Česku nám dělají starosti. Situace v Německu není jen o migrantech, míní velvyslanec"
also_titles = [
    "Výzva: Konspirační teorie a strach v Česku nám dělají starosti. Situace v Německu není jen o migrantech, míní velvyslanec"
]
published = date(2018, 10, 9)
authors = ["Jiří Hošek"]

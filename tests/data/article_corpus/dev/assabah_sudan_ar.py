"""'الجمعة 8 فيفري 2019' (Friday 8 February, in Tunisian month names) under the <h1>; the masthead repeats the day; the archive's links name other issues' days. No embedded metadata but og:title. No author scored: an interview with no byline shown.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/assabah.com.tn.article.html (Apache-2.0).
"""

from datetime import date

url = "http://www.assabah.com.tn/article/164913/"
timezone = "Africa/Tunis"
lang = "ar"
title = "الناشط الحقوقي السوداني خالد عبد الكريم ماسا لـ«الصباح»: كل الشروط متوفرة لثورة سودانية ولا حاجة لنستورد شيئا"
published = date(2019, 2, 8)

"""Three <h1>s: the site's (empty), the headline, the comments' ('Kommentare ( 56 )'); kicker 'Appeasement ist immer falsch' above it. The header shows the day the page was saved ('Sa, 19. Okt 2019'); the dateline 'Von Tomas Spahn Fr, 18. Oktober 2019' (article:published_time 14:31+02:00, modified the next morning). htmldate's day 2019-10-18.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/d32ad974a4b04657bb6e4d91852bd52d.html (Apache-2.0).
"""

from datetime import date

url = "https://www.tichyseinblick.de/kolumnen/spahns-spitzwege/no-peace-for-our-time-pence-syrien-und-die-tuerkei/"
timezone = "Europe/Berlin"
lang = "de"
title = "No Peace for Our Time – Pence, Syrien und die Türkei"
also_titles = ["Appeasement ist immer falsch: No Peace for Our Time – Pence, Syrien und die Türkei"]
published = date(2019, 10, 18)
authors = ["Tomas Spahn"]

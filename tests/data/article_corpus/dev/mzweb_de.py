"""The <h1> is the breadcrumb's last item (<ol class="breadcrumb">), JSON-LD's and the <title>'s headline ('… Flugplatzfest in Dessau: …'); the displayed headline is og:title's. 'Von Thomas Steinberg 19.10.19, 12:00 Uhr' (Berlin time; JSON-LD's dateModified is two days before its datePublished). htmldate's day 2019-10-19.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/0af99c85f22b451a93a75bbf99ac412e.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.mz-web.de/dessau-rosslau/hingucker-beim-flugplatzfest-zweite-f13-kurz-vor-der-zulassung-33328852"
timezone = "Europe/Berlin"
lang = "de"
title = "Hingucker beim Flugplatzfest: Zweite F13 kurz vor der Zulassung"
published = datetime(2019, 10, 19, 10, 0, tzinfo=UTC)
authors = ["Thomas Steinberg"]

"""Spanish regional daily, saved by the Wayback Machine: 'Victoriano Suárez Álamo', 'Las Palmas de Gran Canaria', 'Domingo, 17 de julio 2022' under the standfirst; JSON-LD and article:published_time say 18 July 02:00 +02:00, a <time> 17 July 18:30 UTC: the day shown is taken.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswebarchiveorgwebhttpswwwcanarias7esculturacimientosartesescenicas20220718203045nthtml (Apache-2.0).
"""

from datetime import date

url = "https://www.canarias7.es/cultura/cimientos-artes-escenicas-20220718203045-nt.html"
timezone = "Atlantic/Canary"
lang = "es"
title = "Los cimientos para unas artes escénicas fuertes y públicas"
published = date(2022, 7, 17)
authors = ["Victoriano Suárez Álamo"]

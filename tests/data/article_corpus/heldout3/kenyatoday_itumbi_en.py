"""Kenyan blog: 'April 30, 2018' and '54 Comments' under the <h1>, then 'By Boniface Mwangi' opening the text (the post's writer; JSON-LD names the poster, 'Editor M'); fifty-odd dated comments below.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswwwkenyatodaycommediamoiburialconfusedrutoasmatiangideclarestuesdayapublicholidaycomments (Apache-2.0).
"""

from datetime import date

url = "https://www.kenya-today.com/revelations-dennis-itumbi-exposed-badly-by-activist-boniface-mwangi/"
timezone = "Africa/Nairobi"
lang = "en"
title = "SHOCKING REVELATIONS: Dennis Itumbi Exposed BADLY By Activist Boniface Mwangi"
published = date(2018, 4, 30)
authors = ["Boniface Mwangi"]

"""Medium: 'Pippin Lee on Mar 17' without a year; the year (2015) is readability's expected publishedTime's.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/medium-1/source.html (Apache-2.0).
"""

from datetime import date

url = "https://medium.com/@pippinlee/the-open-journalism-project-better-student-journalism-fb39f4f701bb"
timezone = "UTC"
lang = "en"
title = "The Open Journalism Project: Better Student Journalism"
published = date(2015, 3, 17)
authors = ["Pippin Lee"]

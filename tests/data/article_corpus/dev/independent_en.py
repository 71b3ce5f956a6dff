"""The only date shown is the day the page was saved (a live clock in the header): not scored. Readability's expected title is the second headline.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/bug-1255978/source.html (Apache-2.0).
"""

url = "http://www.independent.co.uk/news/business/news/seven-secrets-that-hotel-owners-dont-want-you-to-know-10506160.html"
timezone = "Europe/London"
lang = "en"
title = "The seven secrets that hotel owners don't want you to know"
also_titles = ["Seven secrets that hotel owners don't want you to know"]
authors = ["Hazel Sheffield"]

"""'By Arun Sai Krishnan • Nov 11, 2020'.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/dropbox-blog/source.html (Apache-2.0).
"""

from datetime import date

url = "https://dropbox.tech/infrastructure/asynchronous-task-scheduling-at-dropbox"
timezone = "America/Los_Angeles"
lang = "en"
title = "How we designed Dropbox ATF: an async task framework"
also_titles = ["How we designed Dropbox’s ATF - an async task framework"]
published = date(2020, 11, 11)
authors = ["Arun Sai Krishnan"]

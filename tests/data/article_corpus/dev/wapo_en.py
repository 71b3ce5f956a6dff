"""'By Erin Cunningham', 'March 18 at 3:57 PM' without a year: date not scored.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/wapo-1/source.html (Apache-2.0).
"""

url = "http://www.washingtonpost.com/world/gunmen-storm-museum-in-tunisia-killing-at-least-8/2015/03/18/00202e76-cd73-11e4-8730-4f473416e759_story.html"
timezone = "America/New_York"
lang = "en"
title = "Attack stokes instability fears in North Africa"
authors = ["Erin Cunningham"]

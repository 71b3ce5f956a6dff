"""A tech news post of 2010 with no <h1>: the headline a link in <div class="post_header">, then 'by', 'MG Siegler', 'on', 'January 10, 2010' (each in its own element); comments dated 'January 10th, 2010 at 11:22 am PST' below. No embedded metadata.

Page: peterc/pismo @ add7a2df31d52b86210ab3787ead9e5cbe7fd320 : test/corpus/techcrunch.html (Apache-2.0).
"""

from datetime import date

url = "http://www.techcrunch.com/2010/01/10/googlle-google-logo/"
timezone = "America/Los_Angeles"
lang = "en"
title = "Googlle Gets A Sexy New Logo; Remains Sketchy"
published = date(2010, 1, 10)
authors = ["MG Siegler"]

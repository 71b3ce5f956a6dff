"""A 2006 blog post: the <h1> is the blog's name ('Spreeblick'), the headline an <h2 class="entry-title"> linking to the post itself; the <title> ends in ' «  SPREEBLICK'. 'Malte Welding | 29.07.2006 um 14:26' at the post's foot, while article:published_time says 13:26 UTC (15:26 in Berlin): the time shown is in no zone the page names, the day only is scored.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/spreeblick.com.habeck.html (Apache-2.0).
"""

from datetime import date

url = "http://www.spreeblick.com/blog/2006/07/29/aus-aus-alles-vorbei-habeck-macht-die-stahnke/"
timezone = "Europe/Berlin"
lang = "de"
title = "Aus! Aus! Alles vorbei! Habeck macht die Stahnke"
published = date(2006, 7, 29)
authors = ["Malte Welding"]

"""A personal blog with microformats: the site's <h1> 'Owl logo Keith J. Grant' (its h-card) before the post's <h1 class="p-name">, '08 Jun 2018' under it (a day). No byline but the site's name (its author's): authors not scored. No JSON-LD.

Page: j0k3r/graby @ 3e7695203c4c57dac2998780972450ced372b960 : tests/fixtures/content/keithjgrant.html (MIT).
"""

from datetime import date

url = "https://keithjgrant.com/posts/2018/06/resilient-declarative-contextual/"
timezone = "America/Chicago"
lang = "en"
title = "Resilient, Declarative, Contextual"
published = date(2018, 6, 8)

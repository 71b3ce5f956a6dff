"""og:title puts the site's name first ('SimplyScience - Wie entsteht Erdöl?'), the <title> last. '19.11.2012' above the headline and again at the text's end; the page's only <time> is a reader's comment of 2014. 'Guido Santner und Redaktion SimplyScience.ch' (a name and the desk): authors not scored.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/simplyscience.ch.erdoel.html (Apache-2.0).
"""

from datetime import date

url = "http://www.simplyscience.ch/teens-liesnach-archiv/articles/wie-entsteht-erdoel.html"
timezone = "Europe/Zurich"
lang = "de"
title = "Wie entsteht Erdöl?"
published = date(2012, 11, 19)

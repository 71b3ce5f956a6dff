"""The headline is the <h1>, its standfirst under it. The saved page shows no dateline and no byline near the article (its date is only in <title>, '07.12.2017'): neither is scored.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/la-nacion/source.html (Apache-2.0).
"""

url = "http://www.lanacion.com.ar/2089096-una-solucion-no-violenta-para-la-cuestion-mapuche"
timezone = "America/Argentina/Buenos_Aires"
lang = "es"
title = "Una solución no violenta para la cuestión mapuche"

"""Uruguayan paper: the byline is two reporters' initials and names in lower case, 'e. barreneche / J. I. da silva'; the JSON-LD has three blocks (the paper as an Organization author, 'Eduardo Barreneche' as a Person). No date is shown on the page but in the <title> ('11/05/2022', the edition's) and the declared dates disagree (datePublished 23:35 on the 10th with no zone, cxense's publishtime 04:10 on the 11th): not scored.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/elpais.com.uy-gobierno.html (Apache-2.0).
"""

url = "https://www.elpais.com.uy/informacion/sociedad/gobierno-acusa-montecon-aliarse-sindicato-fomentar-conflicto-portuario.html"
timezone = "America/Montevideo"
lang = "es"
title = "Gobierno acusa a Montecon de aliarse con el sindicato y fomentar conflicto portuario"
authors = ["E. Barreneche", "J. I. da Silva"]

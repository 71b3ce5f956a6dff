"""The date shows only as 'před 2 hodinami' (two hours ago): not scored.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/aktualne/source.html (Apache-2.0).
"""

url = "https://sport.aktualne.cz/fotbal/zahranici/west-ham-hrozi-gigantum-okouzlil-i-linekera-souckovu-praci-j/r~8fa032ba3add11ec8a900cc47ab5f122/"
timezone = "Europe/Prague"
lang = "cs"
title = "West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout"
authors = ["Aleš Vávra"]

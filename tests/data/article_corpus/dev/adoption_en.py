"""An adoption community's article: the <h1>, 'AUTHOR / Sierra Kilpatrick' in the author box after the text (the JSON-LD's 'creator'); no date is shown (the JSON-LD has only a dateCreated): not scored. og:title and <title> add ' - Adoption.com' / ' | Adoption.com'.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/adoption.com1.html (MIT).
"""

url = "http://adoption.com/what-not-to-say-to-a-birth-mom-or-adoptee/"
timezone = "America/Denver"
lang = "en"
title = "What Not to Say to a Birth Mom or Adoptee"
authors = ["Sierra Kilpatrick"]

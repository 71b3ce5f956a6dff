"""'par Didier Roy, 21 juin 2018' (a day); 'En kiosques : juillet 2020' above it is the paper's current issue.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/blog.mondediplo.net.turpitude.html (Apache-2.0).
"""

from datetime import date

url = "https://blog.mondediplo.net/turpitude-et-architecture"
timezone = "Europe/Paris"
lang = "fr"
title = "Turpitude et architecture"
published = date(2018, 6, 21)
authors = ["Didier Roy"]

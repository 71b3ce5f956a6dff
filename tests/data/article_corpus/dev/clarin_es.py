"""A kicker 'La interna oficial' above the headline; '03/05/2022 22:46' (Argentina, UTC-3; article:published_time agrees), 'Federico Mayol' in the author box; the page's header shows the day it was saved ('Miércoles, 04 de Mayo de 2022').

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/clarin.com-albertofernandez.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.clarin.com/politica/tension-alberto-fernandez-cristina-kirchner-escalo-maximo-nivel_0_h7svjXlK9z.html"
timezone = "America/Argentina/Buenos_Aires"
lang = "es"
title = "Aumenta la ofensiva K sobre Alberto Fernández: Cristina Kirchner puso en duda la legitimidad de su gestión"
published = datetime(2022, 5, 4, 1, 46, tzinfo=UTC)
authors = ["Federico Mayol"]

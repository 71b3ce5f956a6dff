"""'VonEurosportPubliziert 02/02/2022 um 09:23 GMT'. No author: the byline is the publication's.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/eurosport.de-corona.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.eurosport.de/olympia/olympia-2022-in-peking/2022/olympia-2022-zweiter-coronafall-deutschen-team-aufregung-thomas-weikert-vorganger-attackiert_sto8749554/story.shtml"
timezone = "Europe/Berlin"
lang = "de"
title = (
    "Olympia 2022: Zweiter Coronafall im deutschen Team sorgt für Aufregung - Weikert von Hörmann attackiert"
)
published = datetime(2022, 2, 2, 9, 23, tzinfo=UTC)

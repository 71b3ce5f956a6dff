"""'Denis Staunton China Correspondent, in Seoul Fri Nov 3 2023 - 07:33' (Dublin time): the name without the role.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/irishtimes.com-Israel.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.irishtimes.com/world/middle-east/2023/11/03/israel-hamas-war-israel-war-resembles-something-approaching-revenge-taoiseach-says/"
timezone = "Europe/Dublin"
lang = "en"
title = "Israel war resembles something ‘approaching revenge’, Taoiseach says"
published = datetime(2023, 11, 3, 7, 33, tzinfo=UTC)  # 2023-11-03 07:33 Europe/Dublin
authors = ["Denis Staunton"]

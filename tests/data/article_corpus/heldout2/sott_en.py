"""'Max Blumenthal The Grayzone Thu, 14 May 2020 17:55 UTC' under the <h1> (The Grayzone is the publication, not a name). og:title carries ' -- Sott.net'.

Page: AndyTheFactory/newspaper4k @ 540bff3e8344cb8291c4829fafd98860f30d9692 : tests/data/html/article_with_br.html (MIT).
"""

from datetime import UTC, datetime

url = "https://www.sott.net/article/434715-The-American-friends-New-court-files-expose-Sheldon-Adelsons-security-team-involved-in-US-spy-operation-against-Julian-Assange"
timezone = "UTC"
lang = "en"
title = "'The American friends': New court files expose Sheldon Adelson's security team involved in US spy operation against Julian Assange"
published = datetime(2020, 5, 14, 17, 55, tzinfo=UTC)  # 2020-05-14 17:55 UTC
authors = ["Max Blumenthal"]

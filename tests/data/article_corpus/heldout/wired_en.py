"""'Tom Bennett Business Nov 7, 2023 2:00 AM' (Eastern); the other names of newspaper4k's expected authors are related stories'.

Page: AndyTheFactory/newspaper4k @ 540bff3e8344cb8291c4829fafd98860f30d9692 : tests/data/html/wired_001.html (MIT).
"""

from datetime import UTC, datetime

url = "https://www.wired.com/story/israel-surveillance-state-out-of-control-west-bank/"
timezone = "America/New_York"
lang = "en-US"
title = "Intensified Israeli Surveillance Has Put the West Bank on Lockdown"
published = datetime(2023, 11, 7, 7, 0, tzinfo=UTC)  # 2023-11-07 02:00 America/New_York
authors = ["Tom Bennett"]

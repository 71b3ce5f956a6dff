"""'By Lizzy Rosenberg Published on November 2, 2023 11:44AM EDT'. The <title> is a shorter headline; article:author is a Facebook address.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/people.com-Mina-Starsiak.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://people.com/mina-starsiak-hawk-posts-sweet-birthday-tribute-to-her-husband-8386194"
timezone = "America/New_York"
lang = "en"
title = "Mina Starsiak Hawk Posts Sweet Birthday Tribute to Her 'Ride or Die Partner' Steve Hawk"
published = datetime(2023, 11, 2, 15, 44, tzinfo=UTC)  # 2023-11-02 11:44 America/New_York
authors = ["Lizzy Rosenberg"]

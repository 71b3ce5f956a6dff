"""'Katherine Fidler Thursday 2 Nov 2023 10:09 am' (London time).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/metro.co.uk-Storm.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://metro.co.uk/2023/11/02/what-is-a-sting-jet-and-will-storm-ciaran-bring-one-to-the-uk-19761324/?ico=top-stories_home_top"
timezone = "Europe/London"
lang = "en"
title = "Storm Ciarán may fire ‘sting jet’ at UK causing 30 miles of devastation"
published = datetime(2023, 11, 2, 10, 9, tzinfo=UTC)  # 2023-11-02 10:09 Europe/London
authors = ["Katherine Fidler"]

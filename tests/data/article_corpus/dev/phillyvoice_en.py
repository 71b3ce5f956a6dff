"""'November 08, 2023' above the headline; 'By Adam Aaronson PhillyVoice Staff' (a role, not a name). The page's first <h1>s are advertisements' titles.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/phillyvoice.com-Sixers.html (Apache-2.0).
"""

from datetime import date

url = "https://www.phillyvoice.com/sixers-76ers-score-record-news-analysis-celtics-joel-embiid-tyrese-maxey-jayson-tatum/"
timezone = "America/New_York"
lang = "en"
title = "Sixers game notes: Joel Embiid leads Sixers to statement victory over Celtics"
published = date(2023, 11, 8)
authors = ["Adam Aaronson"]

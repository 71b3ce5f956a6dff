"""'Ibtisam Mahdi, Ruwaida Kamal Amer November 8 2023, 3:18 p.m.' (a time in a zone the page does not name: the day). The <title> is another headline, for search engines. One JSON-LD node gives the author by @id, another by name.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/theintercept.com-Gaza.html (Apache-2.0).
"""

from datetime import date

url = "https://theintercept.com/2023/11/08/gaza-hospitals-babies-doctors-patients/"
timezone = "America/New_York"
lang = "en-US"
title = "What It’s Like to Give Birth in Gaza"
published = date(2023, 11, 8)
authors = ["Ibtisam Mahdi", "Ruwaida Kamal Amer"]

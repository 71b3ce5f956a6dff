"""The author box 'Maciej Gajewski' and '05 maja 2021' under the <h1>: the day only (article:published_time 06:07:57+02:00). The <title> is a search headline (counted too). A Yoast @graph. The file declares no charset (UTF-8).

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/Windows 10 od lipca przestanie obsługiwać Adobe Flash.html (Apache-2.0).
"""

from datetime import date

url = "https://spidersweb.pl/2021/05/windows-10-flash.html"
timezone = "Europe/Warsaw"
lang = "pl"
title = "Zasłużony, ale żegnany z ulgą. Windows 10 pozbywa się Flasha"
also_titles = ["Windows 10 od lipca przestanie obsługiwać Adobe Flash"]
published = date(2021, 5, 5)
authors = ["Maciej Gajewski"]

"""An Austrian city guide: 'Evgenia Karp Zuletzt geändert am 06.11.2023' under the headline: the date is shown only as an update, not scored. og:title and the <title> hold an SEO headline with the year (counted too).

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/1000things.at-Wellnessoasen.html (Apache-2.0).
"""

url = "https://www.1000things.at/blog/wellnessoasen-thermen-vulkanland/"
timezone = "Europe/Vienna"
lang = "de-DE"
title = "6 Wellnessoasen für eure Auszeit im Thermen- & Vulkanland"
also_titles = ["6 schöne Wellnessoasen im Thermen- & Vulkanland – 2023"]
authors = ["Evgenia Karp"]

"""Trinidad and Tobago Newsday: 'Clint Chan Tack 9 Hrs Ago' under the headline (a relative date: not scored), the name in an <address class="article-author"> as are other stories' authors further down; Yoast's author is an @id reference; og:title adds the paper's name.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/newsday.co.tt-forex.html (Apache-2.0).
"""

url = "https://newsday.co.tt/2022/04/28/forex-motion-defeated-in-senate/"
timezone = "America/Port_of_Spain"
lang = "en"
title = "Forex motion defeated in Senate"
authors = ["Clint Chan Tack"]

"""The <h1> holds the headline and then the byline and the day twice ('- by Kareem Smith April 21, 2022 Article by Kareem Smith Published on April 21, 2022'); og:title and the <title> end with the site's name.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/barbadostoday.bb-contest.html (Apache-2.0).
"""

from datetime import date

url = "https://barbadostoday.bb/2022/04/21/david-estwick-and-ronnie-yearwood-to-contest-dlps-top-post/"
timezone = "America/Barbados"
lang = "en-US"
title = "David Estwick and Ronnie Yearwood to contest DLP’s top post"
published = date(2022, 4, 21)
authors = ["Kareem Smith"]

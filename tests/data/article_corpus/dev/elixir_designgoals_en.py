"""A language project's blog post (2013): an empty logo <h1>, the headline <h1>, then 'August 08, 2013 · by José Valim . in Internals' on one line (date, middle dot, 'by' name, the category). No embedded metadata.

Page: keepcosmos/readability @ 4edafba2004481b0bf33b93eb5695c5020d3959c : test/fixtures/elixir.html (Apache-2.0).
"""

from datetime import date

url = "http://elixir-lang.org/blog/2013/08/08/elixir-design-goals/"
timezone = "Europe/Warsaw"
lang = "en"
title = "Elixir Design Goals"
published = date(2013, 8, 8)
authors = ["José Valim"]

"""An entertainment trade paper: the <h1> 'Is Trilith, a ‘Company Town’ for Marvel’s Georgia Production Workers, the Template for Future Cities?' (og:title agrees; the JSON-LD headline and the <title> are a search engines' variant), 'By Pat Saperstein' under it. No date shows on the saved page (the script that writes it did not run): the date is not scored; article:published_time says 2022-03-11T00:59:41Z.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/variety/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

url = "https://variety.com/2022/film/news/marvel-trilith-town-georgia-1235194027/"
timezone = "America/Los_Angeles"
lang = "en"
title = (
    "Is Trilith, a ‘Company Town’ for Marvel’s Georgia Production Workers, the Template for Future Cities?"
)
authors = ["Pat Saperstein"]

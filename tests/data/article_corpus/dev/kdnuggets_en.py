"""A data-science magazine (WordPress): the <h1>, a dek, then 'By Cornellius Yudha Wijaya, KDnuggets on April 7, 2023 in Natural Language Processing' (the site's name after a comma; a day); the text's sections are <h1>s too. article:author is the site's Facebook address. No JSON-LD; og:title adds the site's name.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/kdnuggets/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

from datetime import date

url = "https://www.kdnuggets.com/2023/04/text-summarization-development-python-tutorial-gpt35.html"
timezone = "America/New_York"
lang = "en"
title = "Text Summarization Development: A Python Tutorial with GPT-3.5"
published = date(2023, 4, 7)
authors = ["Cornellius Yudha Wijaya"]

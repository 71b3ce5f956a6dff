"""A software company's product blog (WordPress): the <h1>, then 'Khalid Abuhakmeh' and 'December 15, 2022' (a <time class="publish-date" datetime="2022-12-15">); related posts' authors and <time>s follow. og:title adds the blog's name. No JSON-LD, no author in the metadata.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/blog.jetbrains.com/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

from datetime import date

url = "https://blog.jetbrains.com/dotnet/2022/12/15/the-future-of-net-with-wasm/"
timezone = "Europe/Prague"
lang = "en"
title = "The Future of .NET with WASM"
published = date(2022, 12, 15)
authors = ["Khalid Abuhakmeh"]

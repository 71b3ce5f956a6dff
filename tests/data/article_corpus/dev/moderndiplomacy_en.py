"""A European foreign-affairs magazine (WordPress): 'Published 1 month ago on March 14, 2023 By Syeda Noshin Sharmily' under the <h1> (a day); the next posts' <h1>s of the same class follow, with their own 'Published … on …' lines. JSON-LD's dateModified is a day before its datePublished.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/moderndiplomacy/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

from datetime import date

url = "https://moderndiplomacy.eu/2023/03/14/russia-ukraine-war-wreaking-havoc-in-bangladeshs-economy/"
timezone = "Europe/Brussels"
lang = "en"
title = "Russia-Ukraine War: Wreaking havoc in Bangladesh’s economy"
published = date(2023, 3, 14)
authors = ["Syeda Noshin Sharmily"]

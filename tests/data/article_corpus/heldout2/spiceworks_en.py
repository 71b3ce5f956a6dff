"""The <h1>; under it only 'Last Updated: January 7, 2025' (an update: the date is not scored) and no byline (the JSON-LD author's name is empty): not scored. og:title carries ' - Spiceworks'.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/spiceworks/source.html (Apache-2.0).
"""

url = "https://www.spiceworks.com/marketing/marketing-strategy/news/rewriting-rules-of-engagement-with-video-in-2020-vidyard-introduces-new-features-on-its-video-platform/"
timezone = "America/Chicago"
lang = "en-US"
title = (
    "Rewriting Rules of Engagement with Video in 2020: Vidyard Introduces New Features on its Video Platform"
)

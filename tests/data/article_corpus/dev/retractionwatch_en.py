"""A WordPress blog, 2017: the blog's name is the <h1>, the headline an <h2>; under it 'with 21 comments' and a photograph's caption naming the story's subject ('Ann Rogerson'); the byline is at the foot, 'Written by Alison McCook April 26th, 2017 at 9:30 am' (article:published_time 09:30:35-04:00 agrees), before the comments' own dates; og:title adds ' - Retraction Watch'.

Page: chimbori/crux @ 4aa31ad9b6ce3c954edbda3e69be581fafb010f4 : test_data/retraction_watch.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://retractionwatch.com/2017/04/26/troubling-new-way-evade-plagiarism-detection-software-tell-used/"
timezone = "America/New_York"
lang = "en"
title = "A troubling new way to evade plagiarism detection software. (And how to tell if it’s been used.)"
published = datetime(2017, 4, 26, 13, 30, tzinfo=UTC)
authors = ["Alison McCook"]

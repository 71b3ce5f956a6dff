"""'Vincent Vallet Follow Oct 18, 2019 · 8 min read'.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/lazy-image-1/source.html (Apache-2.0).
"""

from datetime import date

url = "https://medium.com/voodoo-engineering/node-js-and-cpu-profiling-on-production-in-real-time-without-downtime-d6e62af173e2"
timezone = "UTC"
lang = "en"
title = "Node.js and CPU profiling on production (in real-time without downtime)"
published = date(2019, 10, 18)
authors = ["Vincent Vallet"]

"""'Published 21 November 2019'; no author shown near the article: not scored.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/v8-blog/source.html (Apache-2.0).
"""

from datetime import date

url = "https://v8.dev/blog/emscripten-standalone-wasm"
timezone = "UTC"
lang = "en"
title = "Outside the web: standalone WebAssembly binaries using Emscripten"
published = date(2019, 11, 21)

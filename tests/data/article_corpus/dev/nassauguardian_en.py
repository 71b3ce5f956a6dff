"""Bahamian paper on WordPress: 'Paige McCartney Send an email 20 hours ago' (a relative date: not scored); two JSON-LD blocks, Yoast's with an @id author and the theme's naming the Person; og:title adds the paper's name.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/thenassauguardian.com-hikes.html (Apache-2.0).
"""

url = "https://thenassauguardian.com/super-value-stumped-on-when-price-hikes-will-end/"
timezone = "America/Nassau"
lang = "en"
title = "Super Value ‘stumped’ on when price hikes will end"
authors = ["Paige McCartney"]

"""Byline 'Gina Trapani CEO'. The page shows no date: not scored.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/postlight.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/postlight.com/index.test.js gives the ground truth checked here.
"""

url = "https://postlight.com/insights/three-ways-to-be-the-thermostat"
timezone = "America/New_York"
lang = "en"
title = "Three Ways to Be the Thermostat"
authors = ["Gina Trapani"]

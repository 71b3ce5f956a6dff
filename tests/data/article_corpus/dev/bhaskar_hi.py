"""Dainik Bhaskar: the <h1> opens with a kicker in red ('समस्तीपुर पुलिस ने 2 बदमाशों को पकड़ा:'; counted with and without it); the dateline is relative ('कुछ ही क्षण पहले', a few moments ago): not scored; no byline, JSON-LD's author is the paper (दैनिक भास्कर): not scored.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/ind/Bhaskar_2024_09_04.html.gz (MIT).
"""

url = (
    "https://www.bhaskar.com/local/bihar/samastipur/news/samastipur-police-caught-2-miscreants-133589711.html"
)
timezone = "Asia/Kolkata"
lang = "hi"
title = "समस्तीपुर पुलिस ने 2 बदमाशों को पकड़ा: दो दिनों के अंदर चोरी कांड का किया खुलासा, गहना भी बरामद"
also_titles = [
    "दो दिनों के अंदर चोरी कांड का किया खुलासा, गहना भी बरामद",
    "समस्तीपुर पुलिस ने 2 बदमाशों को पकड़ा:दो दिनों के अंदर चोरी कांड का किया खुलासा, गहना भी बरामद",
]

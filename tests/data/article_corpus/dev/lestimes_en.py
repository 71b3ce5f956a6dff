"""Lesotho Times: og:title and <title> end in ' - Lesotho Times'. 'by Lesotho Times November 21, 2025' (a day; the byline is the site's, and the reporters' names open the text, 'Mathatisi Sebusi/Mohalenyane Phakela': authors not scored).

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/ls/LesothoTimes_2025_11_24.html.gz (MIT).
"""

from datetime import date

url = "https://lestimes.com/mining-blasts-shatter-homes/"
timezone = "Africa/Maseru"
lang = "en"
title = "Mining blasts shatter homes"
published = date(2025, 11, 21)

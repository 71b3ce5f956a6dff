"""isiZulu weekly on WordPress: 'by Ilanga D | 5 November 2024' under the headline names the site's account (declared as the JSON-LD author), the reporter's name opens the text in capitals ('MTHOBISI SITHOLE'); og:title and the JSON-LD headline add ' - Ilanga News'; the header shows the day it was saved ('Wednesday, 03 December 2025').

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/za/Ilanga_2025_12_03.html.gz (MIT).
"""

from datetime import date

url = "https://ilanganews.co.za/ikhansela-lisola-uthishanhloko-ngezimbuzi-zalo-ezifohla-zidle-i-rice-lesikole-zife/"
timezone = "Africa/Johannesburg"
lang = "zu"
title = "Ikhansela “lisola uthishanhloko” ngezimbuzi zalo ezifohla zidle i-rice lesikole zife"
published = date(2024, 11, 5)
authors = ["Mthobisi Sithole"]

"""'By Yiswaree Palansamy Friday, 22 Nov 2024 4:55 PM MYT' under the headline (Kuala Lumpur time).

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/my/MalayMail_2024_11_22.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.malaymail.com/news/malaysia/2024/11/22/all-paid-their-own-way-on-pm-anwars-foreign-trips-fahmi-clarifies/157698"
timezone = "Asia/Kuala_Lumpur"
lang = "en"
title = "All paid their own way on PM Anwar’s foreign trips, Fahmi clarifies"
published = datetime(2024, 11, 22, 8, 55, tzinfo=UTC)  # 22 Nov 2024 4:55 PM MYT
authors = ["Yiswaree Palansamy"]

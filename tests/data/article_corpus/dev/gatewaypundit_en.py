"""'by Cristina Laila Apr. 28, 2023 1:15 pm' (its <time> says -05:00: Central time); og:title and the <title> add the site and a cut 'by Cris'.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/us/TheGatewayPundit_2023_04_28.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.thegatewaypundit.com/2023/04/new-plot-twist-in-idaho-quadruple-murders-case-surviving-roommate-agrees-to-interview-with-kohbergers-defense-lawyers/"
timezone = "America/Chicago"
lang = "en-US"
title = "New Plot Twist in Idaho Quadruple Murders Case: Surviving Roommate Agrees to Interview with Kohberger’s Defense Lawyers"
published = datetime(2023, 4, 28, 18, 15, tzinfo=UTC)  # 2023-04-28 13:15 America/Chicago
authors = ["Cristina Laila"]

"""isiXhosa news site on WordPress: 'April 10, 2023 3 years Dizindaba 142 Views' under the headline (a day; the author shown and declared is the site: not scored); other stories' microdata datePublished values follow in the sidebar; <html lang="en-US">.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/za/Dizindaba_2025_11_16.html.gz (MIT).
"""

from datetime import date

url = "https://dizindaba.co.za/2023/04/10/urhulumente-uthabatha-indlela-eyiyo-yokuvezela-ulutsha-imisebenzi/"
timezone = "Africa/Johannesburg"
lang = "xh"
title = "URhulumente uthabatha indlela eyiyo yokuvezela ulutsha imisebenzi"
published = date(2023, 4, 10)

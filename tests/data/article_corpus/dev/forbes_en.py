"""'Bruce Y. Lee Senior Contributor'. No date in the saved markup (a script writes it; the JSON-LD's datePublished is a JavaScript date string, 'Tue Nov 19 2019 03:05:46 GMT+0000'): not scored.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/a078b3656adc0295d0e37bd4f599342f4a0894da2451e0ef3038ac045434fef3.html.gz (MIT).
"""

url = "https://www.forbes.com/sites/brucelee/2019/11/18/how-this-mans-bedding-gave-him-feather-duvet-lung/"
timezone = "America/New_York"
lang = "en"
title = "How This Man’s Bedding Gave Him ‘Feather Duvet Lung’"
authors = ["Bruce Y. Lee"]

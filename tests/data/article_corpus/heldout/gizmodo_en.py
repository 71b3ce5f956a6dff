"""'Adam Clark Estes Monday 5:30PM': a weekday without a date, not scored. The <title> is another headline.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/5fa5679de56c43edf70685762c2d1f2de296432ae53aa46e075b552fee17cab8.html.gz (MIT).
"""

url = "https://gizmodo.com/so-this-is-the-future-of-apple-innovation-1839927963"
timezone = "America/New_York"
lang = "en"
title = "The Future of Apple Innovation Is Backwards"
authors = ["Adam Clark Estes"]

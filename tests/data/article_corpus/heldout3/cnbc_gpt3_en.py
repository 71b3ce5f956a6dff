"""'Published Thu, Jul 23 2020 10:08 AM EDT' and 'Updated … 12:05 PM EDT' under the <h1>, then 'Sam Shead'. The <title> is another wording (an SEO title, not counted).

Page: leogao2/htmltotext-benchmark @ feab59949ee4f9789af8e0c2412720895278d3cf : benchmarkdata/en/html/news-cnbc-openai-gpt3.html (no licence stated).
"""

from datetime import UTC, datetime

url = "https://www.cnbc.com/2020/07/23/openai-gpt3-explainer.html"
timezone = "America/New_York"
lang = "en"
title = "Why everyone is talking about the A.I. text generator released by an Elon Musk-backed lab"
published = datetime(2020, 7, 23, 14, 8, tzinfo=UTC)
authors = ["Sam Shead"]

"""'Alice Wu + FOLLOW Published: 10:00am, 20 Jan, 2020' (Hong Kong time). og:title and the JSON-LD alternativeHeadline are a shorter social headline: both count; the JSON-LD headline is cut with '...'.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/scmp.com.playbook.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.scmp.com/comment/opinion/article/3046526/taiwanese-president-tsai-ing-wens-political-playbook-should-be"
timezone = "Asia/Hong_Kong"
lang = "en"
title = "Taiwanese President Tsai Ing-wen’s political playbook should be essential reading for Hong Kong leader Carrie Lam"
also_titles = ["Carrie Lam should study Tsai Ing-wen’s playbook"]
published = datetime(2020, 1, 20, 2, 0, tzinfo=UTC)  # 2020-01-20 10:00 Asia/Hong_Kong
authors = ["Alice Wu"]

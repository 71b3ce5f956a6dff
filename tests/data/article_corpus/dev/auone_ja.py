"""au Web Portal: two <h1>s, the section's ('経済・IT') then the headline; og:title adds '|au Webポータル', the <title> is a shorter headline ('減税は24年6月 首相会見で表明') with the section and the portal. No date is shown on the page (article:published_time 2023-11-02T19:16:18+09:00; htmldate's day 2023-11-02): date not scored; no byline.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/article.auone.jp-tax.html (Apache-2.0).
"""

url = "https://article.auone.jp/detail/1/3/6/307_3_r_20231102_1698920402044235"
timezone = "Asia/Tokyo"
lang = "ja"
title = "減税は24年6月ボーナスのタイミングで 岸田総理が会見で明らかに"

"""The <h1 class="article-main__title"> as read, without its <rt> furigana (og:title and <title> carry 'NEWS WEB EASY|' before it). '[06月24日 11時30分]' shows no year: the date is not scored. No byline: not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/nhk.or.jp.k100.html (Apache-2.0).
"""

url = "https://www3.nhk.or.jp/news/easy/k10011959621000/k10011959621000.html"
timezone = "Asia/Tokyo"
lang = "ja"
title = "子どもへの体罰を禁止する法律ができる"

"""HuffPost Japan, 2015: an Asahi Shimbun story it carried, '朝日新聞デジタル | 執筆者： 朝日新聞社提供' (the partner paper as the byline: no author scored; the JSON-LD creator is an editor, 中野渉), '投稿日: 2015年03月04日 11時13分 JST' (the <time> says 21:13-05:00, the same instant); sailthru.date is 20:42 -0500.

Page: advancedlogic/GoOse @ 717927370fc8f68b5f590aa46b8b156756cfebb3 : sites/huffingtonpost.jp.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://www.huffingtonpost.jp/2015/03/03/tuna-death_n_6796602.html"
timezone = "Asia/Tokyo"
lang = "ja"
title = "クロマグロ残り2匹 葛西臨海水族園の大量死は未だに原因不明"
published = datetime(2015, 3, 4, 2, 13, tzinfo=UTC)

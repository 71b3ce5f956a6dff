"""A Chinese business weekly's site: the <h1>, then '2023-09-26 17:22:53 来源： 财新网 作者：余聪 责任编辑：屈运栩' (Beijing time; an editor named beside the author) and '文｜财新 余聪' above the text. No JSON-LD, no date or author in the metadata.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/caixin/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

from datetime import UTC, datetime

url = "https://www.caixin.com/2023-09-26/102112537.html"
timezone = "Asia/Shanghai"
lang = "zh"
title = "途虎养车港交所挂牌 腾讯为最大外部股东"
published = datetime(2023, 9, 26, 9, 22, tzinfo=UTC)
authors = ["余聪"]

"""'기사입력 2013-10-24 03:00:00' under the headline (Seoul time); the headline opens with its series' label '[CEO&]' (counted with and without it); the reporter signs at the end of the text ('최윤호 기자').

Page: goose3/goose3 @ c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7 : tests/data/content/test_donga_korean.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://news.donga.com/3/all/20131023/58406128/1"
timezone = "Asia/Seoul"
lang = "ko"
title = "[CEO&]창의적 열정과 소통, 초일류 시험인증 기업이 간다"
also_titles = ["창의적 열정과 소통, 초일류 시험인증 기업이 간다"]
published = datetime(2013, 10, 23, 18, 0, tzinfo=UTC)
authors = ["최윤호"]

"""'December 15, 2016 3:33 PM ET Rebecca Hersher'.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.npr.org.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.npr.org/index.test.js gives the ground truth checked here.
"""

from datetime import UTC, datetime

url = "http://www.npr.org/sections/thetwo-way/2016/12/15/505723552/jury-finds-dylann-roof-guilty-in-s-c-church-shooting"
timezone = "America/New_York"
lang = "en"
title = "Jury Finds Dylann Roof Guilty In S.C. Church Shooting"
published = datetime(2016, 12, 15, 20, 33, tzinfo=UTC)  # 2016-12-15 15:33 America/New_York
authors = ["Rebecca Hersher"]

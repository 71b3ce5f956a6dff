"""Russian regional agency, saved by the Wayback Machine: 'Иван Антонов © Служба новостей «URA.RU» 20 декабря 2017 в 19:15' (Yekaterinburg time, +05:00); the <h1> ends in '. ФОТО'; og:title is a shorter headline (counts), and the <title> the headline without the label (counts).

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswebarchiveorgwebhttpsuranewsnews1052317323 (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://ura.news/news/1052317323"
timezone = "Asia/Yekaterinburg"
lang = "ru"
title = "Нюша поддержала Putin Team и поздравила больных детей с Новым годом. ФОТО"
also_titles = [
    "Нюша поддержала Putin Team",
    "Нюша поддержала Putin Team и поздравила больных детей с Новым годом",
]
published = datetime(2017, 12, 20, 14, 15, tzinfo=UTC)
authors = ["Иван Антонов"]

"""'By Jennifer Gray, CNN meteorologist' and '5 minute read Updated 2:39 AM EDT, Tue August 30, 2022' under the <h1>: the page shows only the update, so the date is not scored. UTF-8 bytes without a charset declaration early in the page (a reader decoding them as Latin-1 sees 'Hereâ\x80\x99s').

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswwwcnncom20220829weatherweathernewslabordaytropicalsystemtexasrainwxnindexhtml (Apache-2.0).
"""

url = (
    "https://www.cnn.com/2022/08/29/weather/weather-news-labor-day-tropical-system-texas-rain-wxn/index.html"
)
timezone = "America/New_York"
lang = "en"
title = "A named tropical system is likely by Labor Day. Here’s how it could affect weekend plans"
authors = ["Jennifer Gray"]

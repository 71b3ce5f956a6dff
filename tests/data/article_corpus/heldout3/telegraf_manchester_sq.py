"""Albanian daily (Newspaper theme), saved by the Wayback Machine, UTF-8 without an early charset declaration: 'Nga Gazeta Telegraf - 11 Tetor, 2019' (the paper's name as the byline: authors not scored).

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswebarchiveorgwebhttptelegrafalbotarajonimancestersulmitmerrshemplagosenpesepersona (Apache-2.0).
"""

from datetime import date

url = "https://telegraf.al/bota-rajoni/mancester-sulm-i-tmerrshem-plagosen-pese-persona/"
timezone = "Europe/Tirane"
lang = "sq"
title = "Mancester, sulm i tmerrshëm, plagosen pesë persona"
published = date(2019, 10, 11)

"""Magazine's Japanese edition, saved by the Wayback Machine (UTF-8 without an early charset declaration): 'By Amy de Klerk' and '2022/04/21' under the standfirst (a <time> of 2022-04-21T16:06Z, the next day in Tokyo; JSON-LD's datePublished is the first publication, 2021-05-14): the day shown is taken.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswebarchiveorgweb20220422074927httpswwwharpersbazaarcomjpfashionfashioncolumna36414759howtobesustainablefashion210514hns (Apache-2.0).
"""

from datetime import date

url = "https://www.harpersbazaar.com/jp/fashion/fashion-column/a36414759/howtobe-sustainable-fashion-210514-hns/"
timezone = "Asia/Tokyo"
lang = "ja"
title = "サステナブルなワードローブにシフトする10のアイデア"
published = date(2022, 4, 21)
authors = ["Amy de Klerk"]

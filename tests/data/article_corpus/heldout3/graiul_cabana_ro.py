"""Romanian county daily (Newspaper theme), saved by the Wayback Machine: 'De Graiul Maramureşului - 25 februarie 2022' (the paper's name as the byline: authors not scored).

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswebarchiveorgweb20220301020549httpwwwgraiulro20220225guralumiicabanasilvicavandutadarnuautoritatilorutm_sourcerssutm_mediumrssutm_campaignguralumii25e2259825bacabanasilvicavandutadarnuautoritatilor (Apache-2.0).
"""

from datetime import date

url = "http://www.graiul.ro/2022/02/25/gura-lumii-☺-cabana-silvica-vanduta-dar-nu-autoritatilor/"
timezone = "Europe/Bucharest"
lang = "ro"
title = "Gura lumii ☺ Cabană silvică vândută, dar nu autorităților"
published = date(2022, 2, 25)

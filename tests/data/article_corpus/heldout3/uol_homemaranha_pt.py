"""Brazilian portal, saved by the Wayback Machine: 'Osmar Portilho Do UOL, em São Paulo 25/08/2019 04h00'; the <title> is an SEO wording (not counted).

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswebarchiveorgwebhttpentretenimentouolcombrnoticiasredacao20190825semfeigesemstarkoseradohomemaranhalongedomcuhtm (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://entretenimento.uol.com.br/noticias/redacao/2019/08/25/sem-feige-sem-stark-o-sera-do-homem-aranha-longe-do-mcu.htm"
timezone = "America/Sao_Paulo"
lang = "pt"
title = "Sem Feige, sem Stark: O que Homem-Aranha poderá fazer fora do MCU"
published = datetime(2019, 8, 25, 7, 0, tzinfo=UTC)
authors = ["Osmar Portilho"]

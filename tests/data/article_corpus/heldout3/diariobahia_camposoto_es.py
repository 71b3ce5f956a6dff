"""Spanish local daily (JNews theme): 'Firmado por Redacción' (a desk: authors not scored) and '13 de octubre de 2016' under the <h1>; modified 2017 in the metadata.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpwwwdiariobahiadecadizcomnoticiassanfernandocavadayromeromantienenotroencuentrocondefensaparanegociarladesafectaciondesueloencamposotorequerirauntiempoindeterminado (Apache-2.0).
"""

from datetime import date

url = "https://www.diariobahiadecadiz.com/san-fernando/cavada-y-romero-mantienen-otro-encuentro-con-defensa-para-negociar-la-desafectacion-de-suelo-en-camposoto-requerira-un-tiempo-indeterminado/"
timezone = "Europe/Madrid"
lang = "es"
title = "Nuevo encuentro con Defensa para negociar la desafectación de suelo en Camposoto: “requerirá un tiempo indeterminado”"
published = date(2016, 10, 13)

"""Argentine provincial news site of old markup (no metadata, no `lang`): the headline, then 'Viernes, 30 de abril de 2021'; no byline (<meta name=author> names the web developer).

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpwwwinformecorrientescomvernotaaspid_noticia44619 (Apache-2.0).
"""

from datetime import date

url = "http://www.informecorrientes.com/vernota.asp?id_noticia=44619"
timezone = "America/Argentina/Cordoba"
lang = "es"
title = "La Provincia encara obras de canalización en Yapeyú"
published = date(2021, 4, 30)

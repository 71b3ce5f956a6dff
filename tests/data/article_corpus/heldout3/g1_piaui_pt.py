"""Brazilian portal: the first <h1> is the section ('Piauí'); 'Por Catarina Costa, g1 PI' and '02/01/2023 18h58 Atualizado 02/01/2023' under the standfirst.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpsg1globocompipiauinoticia20230102mulhereesfaqueadapeloexnamoradodentrodecasanosuldopiauightml (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://g1.globo.com/pi/piaui/noticia/2023/01/02/mulher-e-esfaqueada-pelo-ex-namorado-dentro-de-casa-no-sul-do-piaui.ghtml"
timezone = "America/Fortaleza"
lang = "pt"
title = "Mulher é esfaqueada pelo ex-namorado dentro de casa no Sul do Piauí"
published = datetime(2023, 1, 2, 21, 58, tzinfo=UTC)
authors = ["Catarina Costa"]

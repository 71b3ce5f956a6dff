"""Brazilian radio's news page: 'Por João Boueri' and '10/01/2023 • 20:49' under the <h1> (two empty <h1>s before it); JSON-LD NewsArticle agrees.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswwwbanduolcombrbandnewsfmriodejaneironoticiasacusadodeassassinarnamoradaafacadastemprisaoconvertidaempreventiva16574059 (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.band.uol.com.br/bandnews-fm/rio-de-janeiro/noticias/acusado-de-assassinar-namorada-a-facadas-tem-prisao-convertida-em-preventiva-16574059"
timezone = "America/Sao_Paulo"
lang = "pt"
title = "Acusado de assassinar namorada a facadas tem prisão convertida em preventiva"
published = datetime(2023, 1, 10, 23, 49, tzinfo=UTC)
authors = ["João Boueri"]

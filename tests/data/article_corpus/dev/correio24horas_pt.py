"""'Bruno Wendel bruno.cardoso@redebahia.com.br 04.05.2022, 05:45:00' (UTC-3). Two <h1>s hold the headline (mobile, desktop); a third is a subscription offer.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/correio24horas.com.br-PMS.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.correio24horas.com.br/noticia/nid/lider-do-grupo-de-sequestradores-que-tinha-pms-foi-morto-em-confronto-policial/"
timezone = "America/Bahia"
lang = "pt-BR"
title = "Líder do grupo de sequestradores que tinha PMs foi morto em confronto policial"
published = datetime(2022, 5, 4, 8, 45, tzinfo=UTC)
authors = ["Bruno Wendel"]

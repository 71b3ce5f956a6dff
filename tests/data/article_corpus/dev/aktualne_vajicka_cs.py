"""A Czech portal's sponsored article (2021): the headline <h1>, then 'MUDr. Štěpán Budka,' and 'komerční článek' (a link: the label of sponsored content) with '17. 2. 2021 12:45' under it, and 'Autor článku: MUDr. Štěpán Budka' after the text; og:title ends in ' | Aktuálně.cz'; JSON-LD names only the site. The name without its degree.

Page: hynky1999/Czech-News-Classification-dataset @ 94d38e19cc7293e0a1f34f9e0564ced435aef271 : Processor/tests/sites/aktualneCZ/test_articles/cc_2021.html (MIT).
"""

from datetime import UTC, datetime

url = "https://www.aktualne.cz/rodicem-diky-darovanym-vajickum-ci-spermiim-sance-pro-neplod/r~e353ab08711611eba4560cc47ab5f122/"
timezone = "Europe/Prague"
lang = "cs"
title = "Rodičem díky darovaným vajíčkům či spermiím: Šance pro neplodné páry"
published = datetime(2021, 2, 17, 11, 45, tzinfo=UTC)
authors = ["Štěpán Budka"]

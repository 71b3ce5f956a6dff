"""'Isabel Caro, Rocío Latorre y José Miguel Wilson Hace 13 horas': a relative date, not scored. A second <h1> inside the text is a section heading.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/latercera.com-laagenda.html (Apache-2.0).
"""

url = "https://www.latercera.com/politica/noticia/la-agenda-con-que-interior-busca-contener-la-crisis-de-seguridad-y-el-dilema-del-oficialismo/DHCHJTT5TNETPCHCIYLXWMQOBA/"
timezone = "America/Santiago"
lang = "es"
title = "La agenda con que Interior busca contener la crisis de seguridad y el dilema del oficialismo"
authors = ["Isabel Caro", "Rocío Latorre", "José Miguel Wilson"]

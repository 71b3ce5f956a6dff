"""'Šodien, 17:40' (today): a relative date, not scored. 'Autori: Anna Ūdre (LTV Ziņu dienesta ārzemju ziņu redaktore)'.

Page: AndyTheFactory/newspaper4k @ 540bff3e8344cb8291c4829fafd98860f30d9692 : tests/data/html/latvian_article.html (MIT).
"""

url = "https://www.lsm.lv/raksts/zinas/arzemes/norvegija-pec-zemes-nogruvuma-pieci-bojagajusie.a387519/"
timezone = "Europe/Riga"
lang = "lv"
title = "Norvēģijā pēc zemes nogruvuma pieci bojāgājušie"
authors = ["Anna Ūdre"]

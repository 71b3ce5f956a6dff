"""'Innlent | mbl | 11.2.2025 | 23:55 | Uppfært 12.2.2025 7:25' above the headline (Reykjavik time, UTC); the byline under the photo 'Atli Steinn Guðmundsson skrifar frá Porsgrunn' ('writes from Porsgrunn'); JSON-LD's author is the site's organisation (mbl.is); twitter:title is another headline (a social one).

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/isl/Morgunbladid_2025_04_16.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.mbl.is/frettir/innlent/2025/02/11/islenskar_konur_stydja_vitnin_i_noregi/"
timezone = "Atlantic/Reykjavik"
lang = "is"
title = "Sálfræðihernaður fyrir dómi – Vottar Jehóva ryðjast inn í salinn"
also_titles = ["Íslenskar konur styðja vitnin í Noregi"]
published = datetime(2025, 2, 11, 23, 55, tzinfo=UTC)  # 11.2.2025 23:55 Atlantic/Reykjavik
authors = ["Atli Steinn Guðmundsson"]

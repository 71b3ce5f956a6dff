"""'Michał Wróblewski Dzisiaj, 02-11-2023 13:29' (htmldate: 2023-11-02).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/wiadomosci.wp.pl-Tusk.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://wiadomosci.wp.pl/tusk-ujawni-kulisy-rozmow-o-rzadzie-wiemy-co-padnie-na-wiecu-w-jagodnie-jednoznaczny-sygnal-6958809779915264a"
timezone = "Europe/Warsaw"
lang = "pl"
title = "Tusk ujawni kulisy rozmów o rządzie? Wiemy, co padnie na wiecu w Jagodnie. Jednoznaczny sygnał"
published = datetime(2023, 11, 2, 12, 29, tzinfo=UTC)  # 2023-11-02 13:29 Europe/Warsaw
authors = ["Michał Wróblewski"]

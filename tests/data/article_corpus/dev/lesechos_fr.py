"""Kicker 'SONDAGE EXCLUSIF -' in the h1: with or without it counts. 'Par Stéphane Dupont Publié le 2 nov. 2023 à 16:00 Mis à jour …' (Paris time).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/lesechos.fr-Macron.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.lesechos.fr/politique-societe/emmanuel-macron-president/sondage-exclusif-emmanuel-macron-continue-de-patir-dune-forte-impopularite-2026486"
timezone = "Europe/Paris"
lang = "fr"
title = "SONDAGE EXCLUSIF - Emmanuel Macron continue de pâtir d'une forte impopularité"
also_titles = ["Emmanuel Macron continue de pâtir d'une forte impopularité"]
published = datetime(2023, 11, 2, 15, 0, tzinfo=UTC)  # 2023-11-02 16:00 Europe/Paris
authors = ["Stéphane Dupont"]

"""Panamanian tabloid: 'Fama: Jueves 28 de Abril de 2022 5:03 PM' above the headline (Panama, UTC-5; no date is declared), 'Redacción fama' (a desk: no author scored); the <title> adds ' | Día a Día'.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/diaadia.com.pa-ulpiano.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.diaadia.com.pa/fama/exclusividad-ulpiano-vergara-ahora-sera-una-marca-registrada-749572"
timezone = "America/Panama"
lang = "es"
title = "¡Exclusividad! Ulpiano Vergara ahora será una marca registrada"
published = datetime(2022, 4, 28, 22, 3, tzinfo=UTC)

"""Mexican (Sonora) radio's news page, UTF-8 without an early charset declaration: 'por Agencias' (an agency: authors not scored), '28/07/2022 10:04', '/ Actualizado al 17/02/2023'.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswwwuniradioinformacomnoticiascoronavirus677354covidsegundacausademuerteenmexicoen2021htmlutm_sourcefeedutm_mediumlinkutm_campaignrss (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.uniradioinforma.com/coronavirus/covid-segunda-causa-muerte-mexico-2021-n623819"
timezone = "America/Hermosillo"
lang = "es"
title = "Covid, segunda causa de muerte en México en 2021"
published = datetime(2022, 7, 28, 17, 4, tzinfo=UTC)

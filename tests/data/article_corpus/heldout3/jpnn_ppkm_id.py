"""Indonesian news portal, saved by the Wayback Machine: 'Minggu, 18 Juli 2021 – 18:52 WIB' under the <h1>, 'Redaktur & Reporter : Boy' at the end.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswebarchiveorgwebhttpswwwjpnncomnewskamrussamadppkmdaruratdihentikanangkakematianberpotensitembus5000perhari (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.jpnn.com/news/kamrussamad-ppkm-darurat-dihentikan-angka-kematian-berpotensi-tembus-5000-per-hari"
timezone = "Asia/Jakarta"
lang = "id"
title = "Kamrussamad: PPKM Darurat Dihentikan, Angka Kematian Berpotensi Tembus 5.000 per Hari"
published = datetime(2021, 7, 18, 11, 52, tzinfo=UTC)
authors = ["Boy"]

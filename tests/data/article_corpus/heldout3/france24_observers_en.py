"""'Issued on: 27/08/2019 - 18:34' and 'Modified: 28/08/2019 - 10:13' (Paris time), 'By: Chloé Lauvergnier'.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpsobserversfrance24comen20190826mexicoafricanmigrantstrappedprotestjourney (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://observers.france24.com/en/20190826-mexico-african-migrants-trapped-protest-journey"
timezone = "Europe/Paris"
lang = "en"
title = "African migrants trapped in Mexico protest for right to travel to USA"
published = datetime(2019, 8, 27, 16, 34, tzinfo=UTC)
authors = ["Chloé Lauvergnier"]

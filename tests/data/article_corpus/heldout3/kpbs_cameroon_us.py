"""'By Max Rivlin-Nadler / Speak City Heights Reporter Published July 9, 2019 at 10:34 AM PDT'.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswwwkpbsorgnews2019jul09migrantscameroonprotestimmigrationprocesstiju (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.kpbs.org/news/midday-edition/2019/07/09/migrants-cameroon-protest-immigration-process-tiju"
timezone = "America/Los_Angeles"
lang = "en"
title = "Migrants From Cameroon Protest Immigration Process In Tijuana"
published = datetime(2019, 7, 9, 17, 34, tzinfo=UTC)
authors = ["Max Rivlin-Nadler"]

"""'April 29, 2016, 7:31 pm EDT' and the byline 'Joseph F. Kovar'; the <title> adds '- Page: 1 | CRN'.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/crn/input.html (MIT).
"""

from datetime import UTC, datetime

url = "http://www.crn.com/news/cloud/300080531/emc-world-sources-say-emc-will-target-aws-s3-with-new-easy-storage-connectivity-to-virtustream.htm"
timezone = "America/New_York"
lang = "en"
title = "EMC World: Sources Say EMC Will Target AWS S3 With New Easy Storage Connectivity To Virtustream"
published = datetime(2016, 4, 29, 23, 31, tzinfo=UTC)  # 2016-04-29 19:31 EDT as the page names it
authors = ["Joseph F. Kovar"]

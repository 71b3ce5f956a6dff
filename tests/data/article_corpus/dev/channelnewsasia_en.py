"""Singapore's public broadcaster's news site: a photograph's caption '(Photo: CNA/Gaya Chandramohan)' under the <h1>, then the author card 'Chew Hui Min @ChewHuiMinCNA' and '04 Mar 2022 06:23PM (Updated: 04 Mar 2022 06:27PM)' (Singapore time; the JSON-LD agrees).

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/channelnewsasia/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

from datetime import UTC, datetime

url = "https://www.channelnewsasia.com/singapore/employment-pass-jobs-foreign-workers-mom-budget-2022-debate-parliament-2538966"
timezone = "Asia/Singapore"
lang = "en"
title = "New points system for Employment Pass applicants from September 2023"
published = datetime(2022, 3, 4, 10, 23, tzinfo=UTC)
authors = ["Chew Hui Min"]

"""'By: Jamal Watson' and 'Posted: Dec. 15 2014 12:56 PM' (New York) under the headline; the <title> is another headline ('Al Sharpton Responds …').

Page: AndyTheFactory/newspaper4k @ 79553f6302cea1a6e36103fb4dc1c675ca704cd3 : tests/data/html/theroot.com1.html (MIT).
"""

from datetime import UTC, datetime

url = "http://www.theroot.com/articles/culture/2014/12/rev_sharpton_responds_to_his_critics.html"
timezone = "America/New_York"
lang = "en"
title = "Sharpton Responds to Criticism That His Movement Excludes Younger Activists"
published = datetime(2014, 12, 15, 17, 56, tzinfo=UTC)
authors = ["Jamal Watson"]

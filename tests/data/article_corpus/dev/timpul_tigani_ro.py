"""A Moldovan daily's editorial (2013, Romanian): the headline <h1>, 'Editorial 5 August 2013, ora 11:33 Din editia print' above the text and 'Un articol de: George Damian' after it; a sidebar lists other editorials as 'Editorial 5 August 2013, de George Damian'; no embedded date or author.

Page: 9-volt/radio-erevan @ 3697532107ac62996d8479695111e7ee60beb728 : spec/fixtures/timpul_article.html (none stated).
"""

from datetime import UTC, datetime

url = "http://www.timpul.md/articol/romanii-sunt-igani-46755.html"
timezone = "Europe/Chisinau"
lang = "ro"
title = "Românii sunt țigani"
published = datetime(2013, 8, 5, 8, 33, tzinfo=UTC)  # 5 August 2013, ora 11:33 Europe/Chisinau
authors = ["George Damian"]

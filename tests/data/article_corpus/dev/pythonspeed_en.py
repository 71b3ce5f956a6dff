"""'Last updated 04 Jun 2020, originally created 17 Jun 2019': htmldate's truth is the update, a reader's is the creation: date not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/pythonspeed.com.docker.html (Apache-2.0).
"""

url = "https://pythonspeed.com/articles/pipenv-docker/"
timezone = "America/New_York"
lang = "en"
title = "Faster Docker builds with pipenv, poetry, or pip-tools"
authors = ["Itamar Turner-Trauring"]

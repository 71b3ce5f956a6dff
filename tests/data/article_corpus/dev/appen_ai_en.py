"""A data company's blog: the <h1> is the long headline the address repeats; og:title and the <title> give a shorter one ('The Future of Artificial Intelligence in Healthcare | Appen', counted without the site); 'By : Joe S.' (a first name and an initial). No date shown (article:published_time only): not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/d44c5ef50718437984dca47627dee96b.html (Apache-2.0).
"""

url = "https://appen.com/blog/artificial-intelligence-and-machine-learning-industry-news-ai-in-patient-care-and-operations-ai-as-a-preventive-tool-and-how-major-hospitals-are-already-using-ai/"
timezone = "America/Los_Angeles"
lang = "en-US"
title = "Artificial Intelligence and Machine Learning Industry News: AI in Patient Care and Operations, AI as a Preventive Tool, and How Major Hospitals are Already Using AI"
also_titles = ["The Future of Artificial Intelligence in Healthcare"]
authors = ["Joe S."]

"""The h1 is the rubric 'Opinion'; the headline is under it. 'Par Barbara Stiegler Philosophe'. The page's date strip ('08.12.19 mardi 10.12.19 …') does not say which day the piece is from (its address says the 9th, htmldate the 10th): not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/aoc.media.archaisme.html (Apache-2.0).
"""

url = "https://aoc.media/opinion/2019/12/09/pour-le-neoliberalisme-la-retraite-est-un-archaisme/"
timezone = "Europe/Paris"
lang = "fr"
title = "Pour le néolibéralisme, la retraite est un archaïsme"
authors = ["Barbara Stiegler"]

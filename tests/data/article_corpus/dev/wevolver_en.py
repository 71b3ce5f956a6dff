"""'James Lynch from University of Michigan Last updated on 20 Feb, 2020': the date is shown only as an update, not scored; <meta name=author> names the source institution. article:published_time is a JavaScript Date string ('Tue Feb 20 2018 01:00:00 GMT+0100 (…)').

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/wevolver.com.3dprinting.html (Apache-2.0).
"""

url = "https://www.wevolver.com/article/3dprinting.gets.a.turbo.boost.from.um.technology"
timezone = "Europe/Amsterdam"
lang = "en"
title = "3D-printing gets a turbo boost from U-M technology"
authors = ["James Lynch"]

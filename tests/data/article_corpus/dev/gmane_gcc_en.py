"""A mailing-list message in a news-archive's web view (2010): no <h1>; the header lines 'From: Mark Mitchell <mark <at> codesourcery.com>', 'Subject: Using C++ in GCC is OK', 'Date: 2010-05-31 00:26:16 GMT' above the message. No embedded metadata.

Page: peterc/pismo @ 925d277cd0779a9e158c4a8881674047801c4101 : test/corpus/gmane.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://article.gmane.org/gmane.comp.gcc.devel/114407"
timezone = "UTC"
lang = "en"
title = "Using C++ in GCC is OK"
published = datetime(2010, 5, 31, 0, 26, 16, tzinfo=UTC)
authors = ["Mark Mitchell"]

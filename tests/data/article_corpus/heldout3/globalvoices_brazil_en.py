"""Global Voices post of 2009 (WordPress): the <h1> is the site's name; the post's title, then 'Thursday, June 11th, 2009 @ 10:57 UTC by Diego Casaes'. No metadata, no canonical: the url is the post's permalink as the page links it.

Page: mediacloud/backend @ a2108147d2bf90245b5545fae0bd9a80c13ae1de : containers/common/tests/data/test-websites/gv/index_1.html (AGPL-3.0).
"""

from datetime import UTC, datetime

url = "http://globalvoicesonline.org/2009/06/11/amplified-conversation-fighting-the-digital-crimes-bill-in-brazil/"
timezone = "UTC"
lang = "en"
title = "Brazil: Amplified conversations to fight the Digital Crimes Bill"
published = datetime(2009, 6, 11, 10, 57, tzinfo=UTC)
authors = ["Diego Casaes"]

"""A channel's name in the first <h1> ('ReadWriteStart'), the headline in the second; 'By Chris Cameron / August 18, 2010 4:55 PM / 6 Comments' under it (no zone named: the day is scored). The author <meta> names the site's editor, Richard MacManus, not the byline's writer.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/readwriteweb.html (Apache-2.0).
"""

from datetime import date

url = "http://www.readwriteweb.com/start/2010/08/pagely-headline.php"
timezone = "America/Los_Angeles"
lang = "en"
title = "Personal Touch Yields Startup Success for Husband & Wife Team"
published = date(2010, 8, 18)
authors = ["Chris Cameron"]

"""Croatian business daily: the first <h1> is the logo; 'Autor: Tomislav Pili , 06. kolovoz 2020. u 14:53' under the headline. Declared lang=en-US.

Page: leogao2/htmltotext-benchmark @ feab59949ee4f9789af8e0c2412720895278d3cf : benchmarkdata/hr/html/news-poslovni-tjednik-povratak-u-modu-kredita-u-eurima-zauzdava-pad-potraznje-4244685.html (no licence stated).
"""

from datetime import UTC, datetime

url = "https://www.poslovni.hr/trzista/povratak-u-modu-kredita-u-eurima-zauzdava-pad-potraznje-4244685"
timezone = "Europe/Zagreb"
lang = "hr"
title = "Povratak u modu kredita u eurima zauzdava pad potražnje"
published = datetime(2020, 8, 6, 12, 53, tzinfo=UTC)
authors = ["Tomislav Pili"]

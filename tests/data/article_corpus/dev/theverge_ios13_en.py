"""'By Jon Porter @JonPorty Jul 3, 2019, 4:22am EDT'.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/theverge.com.ios13.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.theverge.com/2019/7/3/20680681/ios-13-beta-3-facetime-attention-correction-eye-contact"
timezone = "America/New_York"
lang = "en"
title = "iOS 13 will fix the FaceTime eye contact problem"
published = datetime(2019, 7, 3, 8, 22, tzinfo=UTC)  # 2019-07-03 04:22 America/New_York
authors = ["Jon Porter"]

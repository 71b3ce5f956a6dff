"""Signed 'Anh Minh' at the end; 'Thứ năm, 2/11/2023' (Thursday): a day only (htmldate's).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/VnExpress.net-Kinh-doanh.html (Apache-2.0).
"""

from datetime import date

url = "https://vnexpress.net/ong-ho-duc-phoc-se-nang-muc-giam-tru-gia-canh-tinh-thue-ca-nhan-khi-sua-luat-4672302.html"
timezone = "Asia/Ho_Chi_Minh"
lang = "vi"
title = "Ông Hồ Đức Phớc: Sẽ nâng mức giảm trừ gia cảnh tính thuế cá nhân khi sửa luật"
published = date(2023, 11, 2)
authors = ["Anh Minh"]

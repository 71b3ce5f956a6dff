"""Real page: the home page of a Vietnamese motorbike forum and news site (www.2banh.vn, "Diễn
đàn xe máy", XenForo 1 with a portal add-on), as a browser crawl of August 2021 kept it in
rayngan999/Obfuscation-Automation (javaScripts1000/41337781c0681947fa6be9f54e05d7ed.js, stored
double-encoded: its UTF-8 bytes read as Latin-1 and written again as UTF-8; the page here is those
bytes restored, nothing else changed). `lang="vi-VN"`, <base href="https://www.2banh.vn/">. The
header and a left column of forum links, a right column of five featured stories (<h3> titles
in a slider) and "Hỏi đáp mới nhất" (latest questions: three threads with "Bởi …, lúc <span
class=DateTime title='22 Tháng năm 2021 lúc 08:41'>22 Tháng năm 2021</span>", the months as
words: "Tháng năm" is May), then the news list: ten <div class="section sectionMainportal
recentNews">, each the poster's avatar, <a class=newsTitle> (the thread's title), <span
class=posted>"bởi <a class=username>yêu râu xanh</a>, lúc <a>Hôm qua, lúc 20:02</a>" (by …, at
yesterday, at 20:02; the last "Chủ nhật lúc 20:02", Sunday at), the story's picture and teaser,
then the pager (2,784 pages) and a sidebar ("Chủ đề mới nhất", newest threads, each "posted <abbr
class=DateTime data-time=… data-diff=…>3 Tháng tám 2021 lúc 00:48</abbr>", members, links).
Entries: the ten news sections. Dates: the day the words name, at the time shown, Vietnam time
(the crawl was on Tuesday 3 August 2021 at 04:21 there: yesterday is 2 August, Sunday 1 August).
Authors: the poster's name. Not entries: the featured slider, the questions box, the sidebar,
the pager. `now`: the server's time when it made the page, which XenForo writes into each
<abbr class=DateTime> as data-time plus data-diff: 1627939275, 2 August 2021 21:21:15 UTC.
"""

from datetime import UTC, datetime

url = "https://www.2banh.vn/"
timezone = "Asia/Ho_Chi_Minh"
now = datetime(2021, 8, 2, 21, 21, 15, tzinfo=UTC)

entries = [
    {
        "link": "https://www.2banh.vn/threads/chiem-nguong-click-150-do-full-option-cuc-ky-da-mat.124923/",
        "title": "Chiêm ngưỡng Click 150 độ full option cực kỳ đã mắt",
        "published": datetime(2021, 8, 2, 13, 2, tzinfo=UTC),
        "author": "yêu râu xanh",
    },
    {
        "link": "https://www.2banh.vn/threads/toi-nghe-noi-chan-chong-inox-tot-hon-chan-chong-sat-theo-xe.124927/",
        "title": "Tôi nghe nói chân chống Inox tốt hơn chân chống sắt theo xe",
        "published": datetime(2021, 8, 2, 12, 2, tzinfo=UTC),
        "author": "yêu râu xanh",
    },
    {
        "link": "https://www.2banh.vn/threads/fu-led-do-the-nay-dep-khoi-che.124922/",
        "title": "Fu LED độ thế này đẹp khỏi chê",
        "published": datetime(2021, 8, 2, 11, 2, tzinfo=UTC),
        "author": "yêu râu xanh",
    },
    {
        "link": "https://www.2banh.vn/threads/suzuki-gsx-r150-2022-dot-ngot-xuat-hien-khieu-khich-r15v4.124933/",
        "title": "Suzuki GSX-R150 2022 đột ngột xuất hiện, khiêu khích R15V4",
        "published": datetime(2021, 8, 2, 9, 2, tzinfo=UTC),
        "author": "YaZracing",
    },
    {
        "link": "https://www.2banh.vn/threads/10-dieu-ma-anh-em-su-dung-mo-to-pkl-nhat-dinh-nen-tranh.124821/",
        "title": "10 điều mà anh em sử dụng mô tô PKL nhất định nên tránh",
        "published": datetime(2021, 8, 2, 7, 2, tzinfo=UTC),
        "author": "tề thiên",
    },
    {
        "link": "https://www.2banh.vn/threads/voi-xe-do-may-bao-lau-thi-can-kiem-tra-dinh-ky.121394/",
        "title": "Với xe độ máy, bao lâu thì cần kiểm tra định kỳ?",
        "published": datetime(2021, 8, 2, 5, 30, tzinfo=UTC),
        "author": "YaZracing",
    },
    {
        "link": "https://www.2banh.vn/threads/aprilia-tuareg-660-lo-dien-voi-thiet-ke-khac-thuong.124917/",
        "title": "Aprilia Tuareg 660 lộ diện với thiết kế khác thường",
        "published": datetime(2021, 8, 2, 4, 30, tzinfo=UTC),
        "author": "tề thiên",
    },
    {
        "link": "https://www.2banh.vn/threads/yamaha-r15-v4-lo-dien-tat-tan-tat-co-thiet-ke-ngau-nhu-r7.124916/",
        "title": "Yamaha R15 V4 lộ diện tất tần tật có thiết kế ngầu như R7",
        "published": datetime(2021, 8, 2, 3, 30, tzinfo=UTC),
        "author": "tề thiên",
    },
    {
        "link": "https://www.2banh.vn/threads/da-co-gia-ban-harley-davidson-sportster-s-2021-tai-viet-nam.124914/",
        "title": "Đã có giá bán Harley-Davidson Sportster S 2021 tại Việt Nam",
        "published": datetime(2021, 8, 2, 2, 10, tzinfo=UTC),
        "author": "tề thiên",
    },
    {
        "link": "https://www.2banh.vn/threads/vario-150-do-don-gian-dep-ngat-ngay-cua-dan-choi-vung-tau.124908/",
        "title": "Vario 150 độ đơn giản đẹp ngất ngây của dân chơi Vũng Tàu",
        "published": datetime(2021, 8, 1, 13, 2, tzinfo=UTC),
        "author": "Huy_BoyMarin",
    },
]

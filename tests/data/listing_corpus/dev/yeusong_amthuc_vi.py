"""Real page: the "Ẩm Thực" (cuisine) category of a Vietnamese health and lifestyle blog
(yeusong.com/category/am-thuc/, January 2021), a static export of the WordPress site its owner
keeps in doanha1982/yeusong_live. `lang="vi"`. The header and menus, then <div
id=recent-content class=content-loop>: a breadcrumb whose <ul> holds the category's newest post
as a featured slide (<li class="featured-slide hentry">: an image link, the <h2
class=entry-title> link, the meta line), then nine <div class="clear post-4860 post … hentry">
of the same parts: the title link, "<a rel=author title='Đăng bởi Yêu và Sống'>Yêu và Sống</a> —"
(the author's display name, here the blog's), "21/01/2021" (day first: "24/08/2020"), Facebook
buttons, the teaser and "Xem Tiếp »". Entries: the slide and the nine (the slide is the newest
post, not repeated below). Dates: the day. Authors: the linked display name ("Yêu và Sống",
"Thuốc và Sức khỏe"). Not entries: the sidebar, the pager, the footer. `now`: the owner's commit
of the export, 21 January 2021, 19:20 +07:00.
"""

from datetime import UTC, date, datetime

url = "https://yeusong.com/category/am-thuc/"
timezone = "Asia/Ho_Chi_Minh"
now = datetime(2021, 1, 21, 12, 20, tzinfo=UTC)

entries = [
    {
        "link": "https://yeusong.com/7-ly-do-nen-an-nhieu-trai-cay-co-mui/",
        "title": "7 lý do nên ăn nhiều trái cây có múi",
        "published": date(2021, 1, 21),
        "author": "Yêu và Sống",
    },
    {
        "link": "https://yeusong.com/10-loi-ich-suc-khoe-cua-viet-quat-blueberries/",
        "title": "10 lợi ích sức khỏe đã được chứng minh của quả việt quất",
        "published": date(2021, 1, 21),
        "author": "Yêu và Sống",
    },
    {
        "link": "https://yeusong.com/11-loi-ich-suc-khoe-cua-qua-chuoi-da-duoc-chung-minh/",
        "title": "11 Lợi ích sức khỏe dựa trên bằng chứng của quả chuối",
        "published": date(2021, 1, 21),
        "author": "Yêu và Sống",
    },
    {
        "link": "https://yeusong.com/12-loi-ich-suc-khoe-cua-qua-bo-avocado/",
        "title": "12 lợi ích sức khỏe đã được chứng minh của quả bơ",
        "published": date(2021, 1, 21),
        "author": "Yêu và Sống",
    },
    {
        "link": "https://yeusong.com/10-loi-ich-suc-khoe-an-tuong-cua-tao/",
        "title": "10 lợi ích sức khỏe ấn tượng của táo",
        "published": date(2021, 1, 20),
        "author": "Yêu và Sống",
    },
    {
        "link": "https://yeusong.com/su-that-trai-cay-tot-hay-xau-cho-suc-khoe/",
        "title": "Sự thật: Trái cây tốt hay xấu cho sức khỏe của bạn?",
        "published": date(2021, 1, 20),
        "author": "Yêu và Sống",
    },
    {
        "link": "https://yeusong.com/50-sieu-thuc-pham-tot-nhat-cho-suc-khoe/",
        "title": "50 loại thực phẩm siêu tốt cho sức khỏe",
        "published": date(2021, 1, 20),
        "author": "Yêu và Sống",
    },
    {
        "link": "https://yeusong.com/4-cong-thuc-salad-rau-bina-cuc-ngon/",
        "title": "4 công thức salad rau bina cực ngon",
        "published": date(2020, 8, 24),
        "author": "Yêu và Sống",
    },
    {
        "link": "https://yeusong.com/rau-thi-la-viagra-thien-nhien-cho-quy-ong/",
        "title": "Rau thì là “Viagra” thiên nhiên cho quý ông",
        "published": date(2020, 8, 15),
        "author": "Thuốc và Sức khỏe",
    },
    {
        "link": "https://yeusong.com/mien-tron-chay-cho-bua-trua-vua-ngon-ma-giam-can-hieu-qua/",
        "title": "Miến trộn chay cho bữa trưa vừa ngon mà giảm cân hiệu quả",
        "published": date(2020, 8, 12),
        "author": "Thuốc và Sức khỏe",
    },
]

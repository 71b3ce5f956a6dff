"""Real page: the home page of a Vietnamese regional news site (tintaynguyen.com, "Tin Tây
Nguyên", WordPress with the "Desktop 2020" theme), as a browser crawl of August 2021 kept it in
rayngan999/Obfuscation-Automation (javaScripts1000/8590b4c80ee9bba09c27c90e780ddcf6.js, stored
double-encoded: its UTF-8 bytes read as Latin-1 and written again as UTF-8; the page here is those
bytes restored, nothing else changed). `lang="vi"`. The header and menus, a lead story
(<div class="section section-first">), a "ĐANG HOT" (trending) strip of eight <div
class=post-grid-view> cards without dates, then <section id=home-latest> "MỚI CẬP NHẬT" (just
updated): <div class=latest-posts id=infinite-load> of <article class=article-list> cards, each an
image link, an <h3> title link, <p class=article-meta><time class=timeago
datetime="2021-08-02T18:47:47+07:00">02/08/2021 lúc 18:47</time></p> (day first, "lúc" = at) and
a teaser. After the seventh card the list is interrupted by <div class="top-48h-posts section">
"Đáng chú ý" (noteworthy): five undated picks, then eleven more cards. Entries: the eighteen
cards of "MỚI CẬP NHẬT". Dates: the time shown, to the minute, Vietnam time. No bylines. Not
entries: the lead story and the trending strip (their stories are in the list or older), the
"Đáng chú ý" picks, the sidebar (ads, "Tây Nguyên" and "Xem thêm" boxes), the footer. `now`:
just after the newest card (the crawl's own time is not recorded; the repository's commit is of
6 August 2021).
"""

from datetime import UTC, datetime

url = "https://tintaynguyen.com/"
timezone = "Asia/Ho_Chi_Minh"
now = datetime(2021, 8, 2, 14, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://tintaynguyen.com/7445-ca-covid-19-trong-ngay-2-8-tphcm-co-4264-nguoi-nhiem/1503353/",
        "title": "7.445 ca Covid-19 trong ngày 2/8, TP.HCM có 4.264 người nhiễm",
        "published": datetime(2021, 8, 2, 11, 47, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tintaynguyen.com/dieu-dong-bo-nhiem-hang-loat-lanh-dao-so-nganh-dak-lak/1503344/",
        "title": "Điều động, bổ nhiệm hàng loạt lãnh đạo sở, ngành Đắk Lắk",
        "published": datetime(2021, 8, 2, 11, 15, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tintaynguyen.com/dinh-chi-giam-doc-trung-tam-y-te-bao-loc-vi-lo-la-chong-dich-covid-19/1503334/",
        "title": "Đình chỉ giám đốc trung tâm y tế Bảo Lộc vì lơ là chống dịch COVID-19",
        "published": datetime(2021, 8, 2, 11, 8, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tintaynguyen.com/tu-tap-danh-bac-giua-dich-11-nguoi-bi-phat-165-trieu-dong/1503465/",
        "title": "Tụ tập đánh bạc giữa dịch, 11 người bị phạt 165 triệu đồng",
        "published": datetime(2021, 8, 2, 13, 50, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tintaynguyen.com/cuoi-nam-2021-3-con-giap-tinh-tien-lao-dao-lam-an-mat-trang/1503453/",
        "title": "Cuối năm 2021: 3 con giáp tình tiền lao đao, làm ăn mất trắng",
        "published": datetime(2021, 8, 2, 13, 49, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tintaynguyen.com/chiec-thia-bac-cong-veo-cu-ky-mang-lai-khoan-tien-khong-lo-cho-chu-nhan/1503452/",
        "title": "Chiếc thìa bạc cong vẹo, cũ kỹ mang lại khoản tiền khổng lồ cho chủ nhân",
        "published": datetime(2021, 8, 2, 13, 49, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tintaynguyen.com/bi-da-thanh-nien-in-hinh-voi-ban-gai-dan-khap-da-lat-dong-chu-ben-duoi-hut-su-chu-y-dac-biet/1503443/",
        "title": "Bị “đá”, thanh niên in hình với bạn gái dán khắp Đà Lạt, dòng chữ bên dưới hút sự chú ý đặc biệt",
        "published": datetime(2021, 8, 2, 13, 44, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tintaynguyen.com/trung-tam-y-te-quan-son-tra-de-nghi-xu-nghiem-pho-chanh-vp-doan-dbqh-vi-tat-nu-nhan-vien-y-te/1503437/",
        "title": "Trung tâm Y tế quận Sơn Trà đề nghị xử nghiêm Phó Chánh VP Đoàn ĐBQH vì tát nữ nhân viên y tế",
        "published": datetime(2021, 8, 2, 13, 38, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tintaynguyen.com/cong-an-sua-xe-tiep-te-tinh-thuong-cho-hang-nghin-nguoi-dan-di-xe-may-hoi-huong/1503430/",
        "title": "Công an sửa xe, tiếp tế ‘tình thương’ cho hàng nghìn người dân đi xe máy hồi hương",
        "published": datetime(2021, 8, 2, 13, 24, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tintaynguyen.com/dak-nong-dieu-xe-cho-chuc-nguoi-duoi-suc-vi-cuoc-bo-tram-cay-so-ve-que/1503424/",
        "title": "Đắk Nông: Điều xe chở chục người đuối sức vì cuốc bộ trăm cây số về quê",
        "published": datetime(2021, 8, 2, 13, 21, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tintaynguyen.com/trung-quoc-phong-toa-hang-trieu-dan-yeu-cau-bao-ve-bac-kinh-bang-moi-gia/1503420/",
        "title": "Trung Quốc phong tỏa hàng triệu dân, yêu cầu bảo vệ Bắc Kinh ‘bằng mọi giá’",
        "published": datetime(2021, 8, 2, 13, 14, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tintaynguyen.com/nhung-doan-nguoi-cuoi-cung-tu-tp-hcm-ve-duoc-tiep-suc-o-hue/1503409/",
        "title": "Những đoàn người cuối cùng từ TP HCM về được ‘tiếp sức’ ở Huế",
        "published": datetime(2021, 8, 2, 13, 10, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tintaynguyen.com/bo-truong-y-te-co-loai-vaccine-nao-tiem-ngay-loai-do-khong-duoc-lua-chon/1503404/",
        "title": "Bộ trưởng Y tế: ‘Có loại vaccine nào tiêm ngay loại đó, không được lựa chọn’",
        "published": datetime(2021, 8, 2, 12, 49, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tintaynguyen.com/2-chi-em-cung-ban-hoc-lop-10-di-hai-sim-duoi-nuoc-tu-vong-thuong-tam/1503399/",
        "title": "2 chị em cùng bạn học lớp 10 đi hái sim đuối nước tử vong thương tâm",
        "published": datetime(2021, 8, 2, 12, 46, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tintaynguyen.com/nhom-nu-sinh-cap-2-o-bac-giang-danh-nhau-quay-clip-phat-len-facebook-vi-yeu-cung-ban-trai/1503395/",
        "title": "Nhóm nữ sinh cấp 2 ở Bắc Giang đánh nhau, quay clip phát lên Facebook vì “yêu cùng bạn trai”",
        "published": datetime(2021, 8, 2, 12, 42, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tintaynguyen.com/phan-no-tot-cung-dot-nhap-vao-cac-nhom-chat-kin-18-noi-hinh-anh-nhay-cam-cua-phu-nu-va-tre-em-bi-chia-se-nhieu-den-ngat-tho/1503379/",
        "title": "Phẫn nộ tột cùng: Đột nhập vào các nhóm chat kín ”18+”, nơi hình ảnh nhạy cảm của phụ nữ và trẻ em bị chia sẻ nhiều đến ngạt thở",
        "published": datetime(2021, 8, 2, 12, 42, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tintaynguyen.com/dan-sao-dat-phuong-nam-sau-hon-20-nam-nguoi-qua-doi-ke-co-cuc-kiem-song/1503357/",
        "title": "Dàn sao ‘Đất Phương Nam’ sau hơn 20 năm: Người qua đời, kẻ cơ cực kiếm sống",
        "published": datetime(2021, 8, 2, 12, 30, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://tintaynguyen.com/nghich-tu-giet-me-ruot-bo-tron-vao-rung/1503372/",
        "title": "Nghịch tử giết mẹ ruột, bỏ trốn vào rừng",
        "published": datetime(2021, 8, 2, 12, 29, tzinfo=UTC),
        "author": None,
    },
]

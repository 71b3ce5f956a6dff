"""Real page: page 1 of the "Chuyện trò linh tinh™" (small talk, f17) board of vozForums
(vBulletin 3, Vietnam's largest tech forum, June-July 2017), saved by
voz-living/vozliving-react-native for its thread-list parser's tests. Vietnamese, no `lang`.
The thread table's <tbody id=threadbits_forum_17> holds 28 rows: eight stickies ("Sticky:"
before the title link, bold) and twenty threads. Each title cell has a "go to first new post"
icon link, the <a id=thread_title_N> title link, page links "(1 2 3 ... Last Page)" for long
threads, and under it the starter's name in a <span onclick="window.open('member.php?u=…')">;
then a last-post cell "Today 16:30 by CNFnho" (the last reply's time and poster), replies
and views. Entries: the 28 threads in page order; titles as linked (without "Sticky:");
authors the thread starters. Dates: the page shows only each thread's last post ("Today
10:17", "06-06-2017 17:47"), not when it was started, so published is not scored (left out).
Not entries: the page links inside title cells, the last-post links and posters, the forum
jump, subforum and pager links, the navbar and footer. `now` is the fixture's commit (the
page does not show its save day).
"""

from datetime import UTC, datetime

url = "https://vozforums.com/forumdisplay.php?f=17"
timezone = "Asia/Ho_Chi_Minh"
now = datetime(2017, 7, 22, 16, 1, tzinfo=UTC)

entries = [
    {
        "link": "https://vozforums.com/showthread.php?t=4289698",
        "title": "Report for f17",
        "author": "lebao",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=6093337",
        "title": "cách chống con ransomware WannaCry",
        "author": "Snow_Fox",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=3973882",
        "title": "Cẩm nang học tập vOz",
        "author": "vitcon",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=3805350",
        "title": "Cẩm nang sức khoẻ vOz",
        "author": "vitcon",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=3805345",
        "title": "Cẩm nang tiêu dùng vOz",
        "author": "vitcon",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=4000407",
        "title": "18+[Lưu ý][Nhắc lại] Share hình, xin hình khi kể chuyện sẽ bị ban vĩnh viễn",
        "author": "vitcon",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=3321160",
        "title": "f17's Bookmarks v2.0",
        "author": "vitcon",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=3116194",
        "title": "Nội quy chuyên mục Chuyện trò linh tinh™",
        "author": "Dizzy",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=6184241",
        "title": "Sáng vừa tạch phỏng vấn vì tội ngu",
        "author": "alexanderxoay",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=6184161",
        "title": "Viêm gan B ở Việt Nam có 8 triệu người mắc bệnh",
        "author": "vuthinhan",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=6184393",
        "title": "Có phải vợ mình muốn ngoại tình",
        "author": "tiger13",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=6183741",
        "title": "Người nóng không béo nỗi các bác ạ !",
        "author": "chuvitcon",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=6183849",
        "title": "[Sốc] Đây là tính cách gì của người Sg, mong được thông não",
        "author": "Cay tre 100 dot",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=6184449",
        "title": "[18+] [no sex] gái ngon gái rất ngon",
        "author": "quenchuidit",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=6184149",
        "title": "[Hot] Hè này mọi người làm gì?",
        "author": "ludeptrai",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=6171805",
        "title": "[HN] Big off Loser Bia Tháng 6/2017",
        "author": "Vodka o_0",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=6177713",
        "title": "[TƯ VẤN] Nhỏ người yêu bị thủy đậu, vozer cần làm gì?",
        "author": "xichl01992",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=6184417",
        "title": "dạo này ở nhật có biến gì xảy ra rùi à?",
        "author": "dragunms",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=6183281",
        "title": "[Chán quá mấy thím ơi ] Đau họng, Amidan chữa hoài chưa hết",
        "author": "vozerqt",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=6184437",
        "title": "[Nhờ vả] Các bác like stt này của gái giúp em với ạ",
        "author": "phutit",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=6183833",
        "title": "Thẻ Visa Debit - chọn ngân hàng nào ít phí?",
        "author": "digiaodo",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=6183473",
        "title": "Đi cafe gặp nhiều thằng quăng dt cục gạch ra thể hiện!",
        "author": "lDryst..",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=6184357",
        "title": "Em muốn tán gái này. Có hình. Gái như này có ngoan hiền ko các bác?",
        "author": "noMadnoCrazy",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=6184045",
        "title": "Sài Gòn đang có bão.",
        "author": "mrmeo1905",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=6184413",
        "title": "Nhờ vả xin tên bài hát trong clip !!!!!",
        "author": "chankhonglong",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=6183929",
        "title": "con gái nhìn mình mà bặm môi dưới, thì có nghĩa là nó thích mình phải k ?",
        "author": "hollywood movies",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=6184201",
        "title": "Nhơn Trạch có ai không?",
        "author": "nobita14",
    },
    {
        "link": "https://vozforums.com/showthread.php?t=6184209",
        "title": "[Hỏi] iPhone có dùng Mic thứ 2 để khữ nhiễu khi ghi âm không?",
        "author": "dmmtaolachaienday",
    },
]

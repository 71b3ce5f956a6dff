"""Real page: the home page of Dibrugarh University (dibru.ac.in, Joomla with the T3 template,
April 2016), saved by TeamHG-Memex/autopager for its pagination data (the same site's news list,
page 9, is dibru_news_page9_in). A university's home page with news blocks: a `<base
href=http://www.dibru.ac.in/>`, a sidebar of menus (schools, centres, policies; the same links
twice), "Welcome to Dibrugarh University", the Vice-Chancellor's box, then four blocks of
notices: "Upcoming Events" and "News & Events", each a content slider (<div class=bt-cs
style="display:none"> until its script shows it) of cards — a title link (<a class=bt-title
title="full title">, the text cut by the site with "..." after about sixty characters), a
cut teaser, "Read more" to the same page — one card in the first, eleven in the second; then a
tabbed box, "Notification" (<div id=saecrs_Holder>, twelve <div class=sae_link> links, some cut
with "...") and "Results" (<div id=crs_Holder>, six links cut the same way; a script repeats both
lists in arrays for its scroller). Entries: the four blocks' items, in page order. Titles: as
shown, the site's "..." kept (the full titles are in the sliders' `title` attributes only). No
dates or bylines (published None, author None; "Date: 23-29 May, 2016" in the upcoming event's
teaser is the event's). Not entries: the menus, "View all" links, "Reports and Statistical Data",
the Alumni, Student Corner and Important Information boxes (one or two links each), the quick
links, downloads and footer. The address is autopager's record. `now` is the save (April 2016).
"""

from datetime import UTC, datetime

url = "http://www.dibru.ac.in/"
timezone = "Asia/Kolkata"
now = datetime(2016, 4, 26, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.dibru.ac.in/index.php/upcoming-events/1606-national-workshop-on-research-methodology-in-social-sciences-upcoming",
        "title": "National Workshop on Research Methodology in Social Sciences...",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/news-events/1602-national-seminar-at-department-of-statistics",
        "title": "National Seminar at Department of Statistics",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/news-events/1589-international-women’s-day",
        "title": "International Women’s Day",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/news-events/1578-national-workshop-on-human-rights-at-dibrugarh-university",
        "title": "National Workshop on Human Rights at Dibrugarh University...",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/news-events/1571-science-day-observed-at-du",
        "title": "National Science Day observed at DU",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/news-events/1563-the-dibrugarh-university-fraternity-held-a-condolence-meeting-in-the-administrative-building-of-the-university-to-condole-the-death-of-shri-purno-agitok-sangma,-former-speaker-of-lok-sabha-of-india-and-former-chief-minister-of-meghalaya-who-expired-on-4th",
        "title": "Dibrugarh University deeply mourns the demise of Shri...",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/news-events/1554-dibrugarh-university-community-takes-swacchhta-pledge-on-swacchh-bharat-mission",
        "title": "Dibrugarh University Community takes Swacchhta Pledge on Swacchh...",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/news-events/1527-distinguished-visitor-from-reutlingen-university,-germany",
        "title": "Distinguished Visitor from Reutlingen University, Germany",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/news-events/1501-entrepreneurship-awareness-programme-at-murkongselek-college,-jonai",
        "title": "Entrepreneurship Awareness programme at Murkongselek College, Jonai...",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/news-events/1486-first-mising-language-unicode-based-keyboard",
        "title": "First Mising Language Unicode Based Keyboard",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/news-events/1461-sixty-seventh-republic-day-observed",
        "title": "Sixty Seventh Republic Day Observed",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/news-events/1434-workshop-on-the-use-of-latex",
        "title": "Workshop on the Use of LaTeX",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/news-events/1431-du-signs-agreement-with-swachh-bharat-mission",
        "title": "DU signs agreement with Swachh Bharat Mission",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/notification/1618-dispatching-information-for-the-answer-script-of-environmental-studies-of-various-professional-courses",
        "title": "Dispatching Information for the answer scripts of Environmental Studies of various Professional Cour...",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/notification/1617-syllabus-for-six-months-pre-registration-course-work-for-ph-d-programme-in-computer-science",
        "title": "Syllabus for Six months Pre-Registration Course Work for Ph.D. Programme in Computer Science",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/notification/1615-programme-for-bba-2nd,-4th-and-6th-semester-compartmental-examinations,-2016",
        "title": "Programme for BBA 2nd, 4th and 6th Semester (Compartmental) Examinations, 2016",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/notification/1612-du-sports-board-gymnasiums-rules-regulations",
        "title": "DU SPORTS BOARD GYMNASIUMS RULES & REGULATIONS",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/notification/1611-dibrugarh-university-regulations-for-the-award-of-the-degree-of-master-of-philosophy-m-phil-2016",
        "title": "Dibrugarh University Regulations for the Award of the Degree of Master of Philosophy (M.Phil.) 2016",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/notification/1610-advisory-committee-of-publication-division,-d-u",
        "title": "Advisory Committee of Publication Division, D.U.",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/notification/1605-national-workshop-on-research-methodology-in-social-sciences",
        "title": "National Workshop on Research Methodology in Social Sciences",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/notification/1604-list-of-qualified-candidates-for-the-awards-of-the-degree-of-doctor-of-philosophy-ph-d-of-dibrugarh-university",
        "title": "List of qualified candidates for the awards of the Degree of Doctor of Philosophy (Ph.D.) of Dibruga...",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/notification/1590-notice-regarding-bill-payment-of-pipe-natural-gas",
        "title": "Notice regarding bill payment of Pipe Natural Gas",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/notification/1583-order-of-recommendations-of-disciplinary-action-committee-exams-in-its-meeting-held-on-25-02-2016",
        "title": "Order of Recommendations of Disciplinary Action Committee (Exams) in its meeting held on 25.02.2016",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/notification/1577-syllabus-for-six-monthly-ph-d-pr-registration-course-work-and-m-phil-programme-in-sociology",
        "title": "Syllabus for six monthly Ph.D. Pr-registration Course Work and M.Phil Programme in Sociology",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/notification/1343-notification-for-faculties-regarding-their-profiles-on-the-website",
        "title": "Notification for Faculties regarding their Profiles on the Website",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/results/1607-result-of-m-a-previous-examination-in-political-science-2015-under-distance-education",
        "title": "Result of M.A. Previous Examination in Political Science 201...",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/results/1599-result-of-re-evalution-of-m-a-m-sc-m-com-final-examination-under-distance-education-,-2014",
        "title": "Result of Re-Evalution of M.A./M.Sc./M.Com. Final Examinatio...",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/results/1570-result-of-m-com-previous-examination-2015-under-distance-education",
        "title": "Result of M.Com. Previous Examination 2015 (under Distance E...",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/results/1564-result-of-media-studies",
        "title": "Result of Media Studies",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/results/1539-results-of-m-a-m-sc-previous-examination-in-mathematics,-2015-under-distance-education",
        "title": "Result of M.A./M.Sc. Previous Examination in Mathematics, 20...",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.dibru.ac.in/index.php/results/1519-tdc-odd-semester-results",
        "title": "TDC odd semester results",
        "published": None,
        "author": None,
    },
]

"""Real page: the home page of an Algerian Arabic daily (elbilad.net, "البلاد"), as a browser
crawl of August 2021 kept it in rayngan999/Obfuscation-Automation
(javaScripts1000/ee6561ec25cc108836d632d97c43c9f6.js, stored double-encoded: its UTF-8 bytes read
as Latin-1 and written again as UTF-8; the page here is those bytes restored, nothing else
changed). Right to left. The header, a weather widget, "مواضيع الساعة" topic tags, then
<ul class="list-news triple">: a wide lead card (<h1> link, its section "آخر الأخبار" and no
date) and three cards; then the front's sections, each an <ul class=list-news> of <li> cards
(some classed wide, full, w50 or bg): an image, a small <ul> of three <li> — the section's link,
the time "16:52" and the day "02-08-2021" (day first: "31-07-2021") — and an <h3> title link, at
times a teaser <p>. Sections: the latest national and international news, "آخر الفيديوهات"
(latest videos, cards linking to /videos/), "الرياضي" (sport), "الدولي" (international) and
"منوعات" (miscellany), each under an <h2 class=heading-line> with an "اعرض المزيد" (show more)
link. Entries: the forty-three cards of those lists in <main>. Dates: the day and time shown,
Algeria's time (UTC+1, no summer time); the lead card shows none. No bylines. Not entries: the
"الأكثر قراءة" (most read) aside, the polls and the printed edition's box, the "أعمدة البلاد"
columnists' aside (names and column titles, no dates), the cartoon, the newsletter form, the
footer. `now`: just after the newest card (the crawl's own time is not recorded; the
repository's commit is of 6 August 2021).
"""

from datetime import UTC, datetime

url = "https://www.elbilad.net/"
timezone = "Africa/Algiers"
now = datetime(2021, 8, 2, 21, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.elbilad.net/derniere-info/%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D8%AC%D9%85%D9%87%D9%88%D8%B1%D9%8A%D8%A9-%D9%8A%D8%B9%D8%B2%D9%8A-%D9%81%D9%8A-%D9%88%D9%81%D8%A7%D8%A9-%D8%A7%D9%84%D8%B9%D9%84%D8%A7%D9%85%D8%A9-%D8%A7%D9%84%D8%B1%D8%A7%D8%AD%D9%84-%D8%A7%D9%84%D8%B4%D9%8A%D8%AE-%D8%A8%D9%86-%D8%A7%D9%84%D8%B4%D9%8A%D8%AE-95655",
        "title": "رئيس الجمهورية يعزّي في وفاة العلامة الراحل الشيخ بن الشيخ",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/national/%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%84%D8%B5%D8%AD%D8%A9-%D9%8A%D8%B7%D9%85%D8%A6%D9%86-%D8%A7%D9%84%D9%85%D9%88%D8%A7%D8%B7%D9%86%D9%8A%D9%86-%D8%A8%D8%AA%D9%88%D9%81%D8%B1-%D8%AC%D8%B1%D8%B9%D8%A7%D8%AA-%D8%A7%D9%84%D9%84%D9%82%D8%A7%D8%AD-%D8%A8%D9%82%D8%AF%D8%B1-%D9%83%D8%A7%D9%81-%D8%AE%D9%84%D8%A7%D9%84-%D8%B4%D9%87%D8%B1-%D8%A3%D9%88%D8%AA-%D8%A7%D9%84%D8%AC%D8%A7%D8%B1%D9%8A-95647",
        "title": 'وزير الصحة يطمئن المواطنين بتوفر جرعات اللقاح "بقدر كاف" خلال شهر أوت الجاري!',
        "published": datetime(2021, 8, 2, 15, 52, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/derniere-info/%D9%81%D9%8A%D8%B1%D9%88%D8%B3-%D9%83%D9%88%D8%B1%D9%88%D9%86%D8%A7-1358-%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-%D9%8838-%D9%88%D9%81%D8%A7%D8%A9-%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9-%D9%81%D9%8A-%D8%A2%D8%AE%D8%B1-24-%D8%B3%D8%A7%D8%B9%D8%A9-95648",
        "title": "فيروس كورونا .. 1358 إصابة و38 وفاة جديدة في آخر 24 ساعة",
        "published": datetime(2021, 8, 2, 15, 20, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/national/%D8%A8%D8%B3%D8%A8%D8%A8-%D8%B9%D8%AF%D9%85-%D8%A7%D9%84%D8%A7%D9%84%D8%AA%D8%B2%D8%A7%D9%85-%D8%A8%D9%82%D9%88%D8%A7%D8%B9%D8%AF-%D8%A7%D9%84%D8%AD%D8%AC%D8%B1-%D8%A7%D9%84%D8%B5%D8%AD%D9%8A-%D8%A7%D9%84%D8%A3%D9%85%D9%86-%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A-%D9%8A%D8%B6%D8%B9-1888-%D9%85%D8%B1%D9%83%D8%A8%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D9%85%D8%AD%D8%B4%D8%B1-95644",
        "title": "بسبب عدم الالتزام بقواعد الحجر الصحي.. الأمن الوطني يضع 1888 مركبة في المحشر!",
        "published": datetime(2021, 8, 2, 15, 18, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/national/%D8%A7%D9%84%D9%83%D9%88%D9%86%D9%81%D8%AF%D8%B1%D8%A7%D9%84%D9%8A%D8%A9-%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1%D9%8A%D8%A9-%D9%84%D8%A3%D8%B1%D8%A8%D8%A7%D8%A8-%D8%A7%D9%84%D8%B9%D9%85%D9%84-%D8%A7%D9%84%D9%85%D9%88%D8%A7%D8%B7%D9%86%D9%8A%D9%86-%D8%AA%D8%B9%D9%84%D9%86-%D8%B9%D9%86-%D9%85%D8%B4%D8%A7%D8%B1%D9%8A%D8%B9-%D9%84%D8%B5%D9%86%D8%A7%D8%B9%D8%A9-%D9%85%D9%83%D8%AB%D9%81%D8%A7%D8%AA-%D8%A3%D9%83%D8%B3%D8%AC%D9%8A%D9%86-%D9%85%D8%AD%D9%84%D9%8A-95650",
        "title": "الكونفدرالية الجزائرية لأرباب العمل المواطنين تعلن عن مشاريع لصناعة مكثفات أكسجين محلي",
        "published": datetime(2021, 8, 2, 16, 35, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/derniere-info/%D9%84%D8%B9%D9%85%D8%A7%D9%85%D8%B1%D8%A9-%D9%8A%D8%AA%D8%A8%D8%A7%D8%AD%D8%AB-%D9%85%D8%B3%D8%AA%D8%AC%D8%AF%D8%A7%D8%AA-%D8%A7%D9%84%D9%88%D8%B6%D8%B9-%D9%81%D9%8A-%D8%A7%D9%84%D9%85%D9%86%D8%B7%D9%82%D8%A9-%D9%85%D8%B9-%D9%86%D8%B8%D9%8A%D8%B1%D9%87-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A-95653",
        "title": "لعمامرة يتباحث مستجدات الوضع في المنطقة مع نظيره السعودي",
        "published": datetime(2021, 8, 2, 17, 45, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/observateur/%D8%A7%D9%84%D9%85%D8%AC%D9%84%D8%B3-%D8%A7%D9%84%D9%88%D9%84%D8%A7%D8%A6%D9%8A-%D9%84%D8%AA%D9%8A%D8%A7%D8%B1%D8%AA-%D9%8A%D8%AE%D8%B5%D8%B5-%D9%85%D9%84%D9%8A%D8%A7%D8%B1%D9%8A-%D8%B3%D9%86%D9%8A%D8%AA%D9%85-%D9%84%D8%A5%D9%82%D8%AA%D9%86%D8%A7%D8%A1-%D8%A3%D8%AC%D9%87%D8%B2%D8%A9-%D8%AA%D9%83%D8%AB%D9%8A%D9%81-%D8%A7%D9%84%D8%A3%D9%83%D8%B3%D8%AC%D9%8A%D9%86-95652",
        "title": "المجلس الولائي لتيارت يخصص ملياري سنيتم لإقتناء أجهزة تكثيف الأكسجين",
        "published": datetime(2021, 8, 2, 17, 43, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/info-divers/%D8%BA%D8%B1%D9%8A%D9%86%D8%A8%D9%8A%D8%B3-%D8%AD%D8%B1%D8%A7%D8%A6%D9%82-%D8%A7%D9%84%D8%BA%D8%A7%D8%A8%D8%A7%D8%AA-%D9%81%D9%8A-%D8%A7%D9%84%D9%85%D9%86%D8%B7%D9%82%D8%A9-%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9-%D9%84%D9%8A%D8%B3%D8%AA-%D8%A3%D9%85%D8%B1%D8%A7-%D8%B7%D8%A8%D9%8A%D8%B9%D9%8A%D8%A7-95651",
        "title": 'غرينبيس: حرائق الغابات في المنطقة العربية "ليست أمرا طبيعيا"',
        "published": datetime(2021, 8, 2, 17, 33, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/international/%D8%A7%D9%84%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D8%AA%D9%88%D9%86%D8%B3%D9%8A-%D8%B3%D9%8A%D8%A3%D8%AA%D9%8A-%D8%A7%D9%84%D9%88%D9%82%D8%AA-%D9%84%D8%A3%D8%B9%D9%84%D9%86-%D8%B9%D9%86-%D8%A7%D9%84%D9%88%D9%82%D9%81%D8%A9-%D8%A7%D9%84%D8%AA%D8%A7%D8%B1%D9%8A%D8%AE%D9%8A%D8%A9-%D9%84%D8%A3%D8%B4%D9%82%D8%A7%D8%A6%D9%86%D8%A7-95649",
        "title": 'الرئيس التونسي: سيأتي الوقت لأعلن عن "الوقفة التاريخية" لأشقائنا',
        "published": datetime(2021, 8, 2, 16, 20, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/international/%D8%A3%D9%83%D8%AB%D8%B1-%D9%85%D9%86-37-000-%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9-%D8%A8%D9%81%D9%8A%D8%B1%D9%88%D8%B3-%D9%83%D9%88%D8%B1%D9%88%D9%86%D8%A7-%D9%81%D9%8A-%D8%A5%D9%8A%D8%B1%D8%A7%D9%86-95645",
        "title": "أكثر من 37.000 إصابة جديدة بفيروس كورونا في إيران",
        "published": datetime(2021, 8, 2, 15, 46, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/international/%D8%AA%D9%88%D9%86%D8%B3-%D8%AA%D9%82%D8%AA%D9%86%D9%8A-100-%D8%A3%D9%84%D9%81-%D8%AC%D8%B1%D8%B9%D8%A9-%D9%85%D9%86-%D8%A7%D9%84%D9%84%D9%82%D8%A7%D8%AD-%D8%A7%D9%84%D9%85%D8%B6%D8%A7%D8%AF-%D9%84%D9%83%D9%88%D8%B1%D9%88%D9%86%D8%A7-%D9%88%D8%AA%D8%AD%D8%B5%D9%84-%D8%B9%D9%84%D9%89-500-%D8%A3%D9%84%D9%81-%D8%AC%D8%B1%D8%B9%D8%A9-95642",
        "title": "تونس تقتني 100 ألف جرعة من اللقاح المضاد لكورونا..وتحصل على 500 ألف جرعة",
        "published": datetime(2021, 8, 2, 15, 17, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/international/%D8%A8%D8%A7%D9%8A%D8%AF%D9%86-%D8%B9%D9%83%D8%B3-%D8%A7%D9%84%D8%B9%D8%A7%D9%85-%D8%A7%D9%84%D9%85%D8%A7%D8%B6%D9%8A-%D9%84%D8%AF%D9%8A%D9%86%D8%A7-%D8%A7%D9%84%D9%82%D8%AF%D8%B1%D8%A9-%D8%B9%D9%84%D9%89-%D9%85%D9%88%D8%A7%D8%AC%D9%87%D8%A9-%D8%A7%D8%B1%D8%AA%D9%81%D8%A7%D8%B9-%D8%AD%D8%A7%D9%84%D8%A7%D8%AA-%D8%A7%D9%84%D8%A5%D8%B5%D8%A7%D8%A8%D8%A9-%D8%A8%D9%83%D9%88%D8%B1%D9%88%D9%86%D8%A7-95641",
        "title": "بايدن : عكس العام الماضي..لدينا القدرة على مواجهة ارتفاع حالات الإصابة بكورونا",
        "published": datetime(2021, 8, 2, 15, 7, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/culture/%D9%85%D8%B3%D8%A7%D8%A8%D9%82%D8%A9-%D9%88%D8%B7%D9%86%D9%8A%D8%A9-%D9%84%D9%84%D8%A5%D9%84%D8%AA%D8%AD%D8%A7%D9%82-%D8%A8%D8%A7%D9%84%D9%85%D8%AF%D8%B1%D8%B3%D8%A9-%D8%A7%D9%84%D8%B9%D9%84%D9%8A%D8%A7-%D9%84%D9%84%D9%81%D9%86%D9%88%D9%86-%D8%A7%D9%84%D8%AC%D9%85%D9%8A%D9%84%D8%A9-95640",
        "title": "مسابقة وطنية للإلتحاق بالمدرسة العليا للفنون الجميلة",
        "published": datetime(2021, 8, 2, 14, 45, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/national/%D8%A8%D8%B9%D8%AF-%D8%B2%D9%8A%D8%A7%D8%AF%D8%A9-%D8%A7%D9%84%D8%B7%D9%84%D8%A8-%D8%B9%D9%84%D9%89-%D9%85%D8%A7%D8%AF%D8%AA%D9%8A-%D8%A7%D9%84%D8%A8%D8%A7%D8%B1%D8%A7%D8%B3%D9%8A%D8%AA%D8%A7%D9%85%D9%88%D9%84-%D9%88%D8%A7%D9%84%D8%A5%D9%8A%D8%A8%D9%88%D8%A8%D8%B1%D9%88%D9%81%D9%8A%D9%86-%D9%85%D8%AE%D8%A7%D8%A8%D8%B1-%D9%85%D8%B1%D9%8A%D9%86%D8%A7%D9%84-%D8%AA%D9%88%D8%B6%D8%AD-95639",
        "title": "بعد زيادة الطلب على مادتي الباراسيتامول والإيبوبروفين.. مخابر مرينال توضح",
        "published": datetime(2021, 8, 2, 14, 27, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/videos/%D9%84%D8%A7-%D8%A3%D8%AD%D8%B0%D9%8A%D8%A9-%D9%88%D9%84%D8%A7-%D9%82%D9%81%D8%A7%D8%B2%D8%A7%D8%AA-%D9%87%D9%85%D9%88%D9%85-%D8%B9%D9%85%D8%A7%D9%84-%D8%A7%D9%84%D9%86%D8%B8%D8%A7%D9%81%D8%A9-%D9%81%D9%8A-%D8%B9%D8%B2-%D8%AA%D9%81%D8%B4%D9%8A-%D8%A7%D9%84%D9%88%D8%A8%D8%A7%D8%A1-%D8%B4%D8%A7%D9%87%D8%AF",
        "title": "لا أحذية ولا قفازات!..هموم عمال النظافة في عزّ تفشي الوباء..شاهد",
        "published": datetime(2021, 8, 2, 20, 42, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/videos/%D8%A7%D9%84%D8%B3%D8%A7%D8%A6%D9%82-%D8%A3%D9%83%D8%B1%D9%85-%D9%84%D8%A7-%D8%AA%D8%B4%D8%AA%D8%B1%D9%88%D8%A7-%D8%A7%D9%84%D8%AA%D9%88%D8%A7%D8%A8%D9%8A%D8%AA-%D8%A7%D9%84%D8%AE%D8%B4%D8%A8%D9%8A%D8%A9-%D9%84%D8%AF%D9%81%D9%86-%D9%88%D9%81%D9%8A%D8%A7%D8%AA-%D9%83%D9%88%D8%B1%D9%88%D9%86%D8%A7-%D8%A3%D9%86%D8%A7-%D8%A3%D8%AA%D8%A8%D8%B1%D8%B9-%D8%A8%D9%87%D8%A7-%D9%81%D9%8A-%D8%B3%D8%A8%D9%8A%D9%84-%D8%A7%D9%84%D9%84%D9%87-%D8%B4%D8%A7%D9%87%D8%AF",
        "title": 'السائق "أكرم": لا تشتروا التوابيت الخشبية لدفن وفيات كورونا..أنا أتبّرع بها في سبيل الله..شاهد',
        "published": datetime(2021, 8, 2, 20, 19, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/videos/%D8%A3%D9%86%D8%B5%D8%A7%D8%B1-%D9%85%D9%88%D9%84%D9%88%D8%AF%D9%8A%D8%A9-%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1-%D9%8A%D8%AD%D8%AA%D9%81%D9%84%D9%88%D9%86-%D8%A8%D9%85%D8%A6%D9%88%D9%8A%D8%A9-%D8%A7%D9%84%D9%81%D8%B1%D9%8A%D9%82-%D8%A8%D8%AC%D9%85%D8%B9-1-5-%D9%85%D9%84%D9%8A%D8%A7%D8%B1-%D8%B3%D9%86%D8%AA%D9%8A%D9%85-%D9%84%D8%B4%D8%B1%D8%A7%D8%A1-%D9%85%D9%83%D8%AB%D9%81%D8%A7%D8%AA-%D8%A7%D9%84%D8%A3%D9%83%D8%B3%D8%AC%D9%8A%D9%86-%D8%B4%D8%A7%D9%87%D8%AF",
        "title": "أنصار مولودية الجزائر يحتفلون بمئوية الفريق بجمع 1.5 مليار سنتيم لشراء مكثّفات الأكسجين.. شاهد",
        "published": datetime(2021, 8, 2, 20, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/videos/%D8%A8%D9%8A%D8%AA-%D9%85%D9%86%D9%83%D9%88%D8%A8-%D9%81%D9%8A-%D8%A8%D9%88%D9%81%D8%A7%D8%B1%D9%8A%D9%83-%D9%87%D9%83%D8%B0%D8%A7-%D8%AA%D8%AD%D9%88%D9%84-%D9%85%D8%A3%D9%88%D9%89-%D9%87%D8%B0%D9%87-%D8%A7%D9%84%D8%B9%D8%A7%D8%A6%D9%84%D8%A9-%D8%A5%D9%84%D9%89-%D8%A3%D9%86%D9%82%D8%A7%D8%B6-%D8%A8%D8%B9%D8%AF-%D8%A3%D9%86-%D8%A7%D9%82%D8%AA%D8%AD%D9%85-%D8%A7%D9%84%D9%82%D8%B7%D8%A7%D8%B1-%D8%AC%D8%AF%D8%B1%D8%A7%D9%86%D9%87-%D8%B4%D8%A7%D9%87%D8%AF",
        "title": 'بيت منكوب في بوفاريك..هكذا تحوّل مأوى هذه العائلة إلى أنقاض بعد أن اقتحم "القطار" جدرانه!..شاهد',
        "published": datetime(2021, 8, 2, 19, 13, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/videos/%D8%B4%D8%A7%D8%A8-%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1%D9%8A-%D9%8A%D9%86%D8%AC%D8%AD-%D9%81%D9%8A-%D8%A5%D9%86%D8%B4%D8%A7%D8%A1-%D9%85%D9%88%D9%82%D8%B9-%D8%AE%D8%A7%D8%B5-%D8%A8%D8%A8%D9%8A%D8%B9-%D9%88%D8%B4%D8%B1%D8%A7%D8%A1-%D8%A3%D8%AC%D9%87%D8%B2%D8%A9-%D8%A7%D9%84%D8%A3%D9%88%D9%83%D8%B3%D8%AC%D9%8A%D9%86-%D8%B4%D8%A7%D9%87%D8%AF",
        "title": "شاب جزائري ينجح في إنشاء موقع خاص ببيع وشراء أجهزة الأوكسجين .. شاهد:",
        "published": datetime(2021, 8, 2, 17, 38, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/videos/%D8%AA%D8%AD%D9%88%D9%8A%D8%B4%D8%A9-%D8%A7%D9%84%D8%B9%D9%85%D8%B1-%D8%A7%D9%84%D8%AA%D9%8A-%D8%A7%D8%AF%D8%AE%D8%B1%D9%87%D8%A7-%D9%85%D9%86%D8%B0-%D8%B3%D9%86%D9%88%D8%A7%D8%AA-%D9%84%D8%B4%D8%B1%D8%A7%D8%A1-%D9%85%D8%B3%D9%83%D9%86-%D8%A3%D9%86%D9%81%D9%82%D9%87%D8%A7-%D8%A5%D8%A8%D9%86-%D8%A7%D9%84%D8%AD%D8%B1%D8%A7%D8%B4-%D9%84%D8%B4%D8%B1%D8%A7%D8%A1-%D9%85%D9%88%D9%84%D8%AF%D8%A7%D8%AA-%D8%A7%D9%84%D8%A3%D9%83%D8%B3%D8%AC%D9%8A%D9%86-%D8%A7%D9%84%D8%B7%D8%A8%D9%8A",
        "title": 'تحويشة العمر" التي ادّخرها منذ سنوات لشراء مسكن أنفقها "إبن الحراش" لشراء مولّدات الأكسجين الطبي',
        "published": datetime(2021, 8, 2, 17, 20, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/videos/%D8%A2%D9%83%D9%84%D9%88-%D8%B9%D8%B1%D9%82-%D8%A7%D9%84%D9%86%D8%A7%D8%B3-%D8%B3%D8%B1%D9%82%D9%88%D8%A7-%D9%85%D9%86%D9%87-52-%D8%B1%D8%A3%D8%B3-%D9%85%D8%A7%D8%B4%D9%8A%D8%A9-%D8%B4%D8%A7%D9%87%D8%AF",
        "title": "آكلو عرق الناس سرقوا منه 52 رأس ماشية !..شاهد:",
        "published": datetime(2021, 8, 2, 14, 58, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/videos/%D9%85%D8%B5%D8%AD%D8%A9-%D8%AE%D8%A7%D8%B5%D8%A9-%D8%A8%D8%B3%D8%B7%D9%8A%D9%81-%D8%AA%D9%88%D8%B2%D8%B9-%D8%A7%D9%84%D8%A3%D9%83%D8%B3%D8%AC%D9%8A%D9%86-%D9%85%D8%AC%D8%A7%D9%86%D8%A7-%D8%B9%D9%84%D9%89-%D9%85%D8%B1%D8%B6%D9%89-%D9%83%D9%88%D8%B1%D9%88%D9%86%D8%A7-%F0%9F%91%8F%F0%9F%91%8F",
        "title": "مصحة خاصة بسطيف توزع الأكسجين مجانا على مرضى كورونا 👏👏",
        "published": datetime(2021, 8, 2, 14, 40, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/videos/%D9%85%D8%B7%D8%A7%D9%84%D8%A8-%D8%A8%D8%A5%D8%B2%D8%AF%D9%88%D8%A7%D8%AC%D9%8A%D8%A9-%D8%A7%D9%84%D8%B7%D8%B1%D9%82-%D8%A7%D9%84%D9%88%D8%B7%D9%86%D9%8A%D8%A9-%D8%A8%D8%A7%D9%84%D8%A8%D9%8A%D8%B6-%D9%84%D9%84%D8%AD%D8%AF-%D9%85%D9%86-%D8%AD%D9%88%D8%A7%D8%AF%D8%AB-%D8%A7%D9%84%D9%85%D8%B1%D9%88%D8%B1-%D8%A7%D9%84%D9%85%D9%85%D9%8A%D8%AA%D8%A9",
        "title": "مطالب بإزدواجية الطرق الوطنية بالبيض للحد من حوادث المرور المميتة",
        "published": datetime(2021, 8, 2, 13, 51, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/videos/%D8%A8%D8%B9%D8%AF-%D8%A8%D8%AB-%D8%AD%D8%A7%D9%84%D8%AA%D9%87-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%A8%D9%84%D8%A7%D8%AF-%D8%AD%D9%84%D9%85-%D9%85%D8%B9%D9%85%D8%B1-%D8%A8%D8%A5%D8%AC%D8%B1%D8%A7%D8%A1-%D8%B9%D9%85%D9%84%D9%8A%D8%A9-%D8%AC%D8%B1%D8%A7%D8%AD%D9%8A%D8%A9-%D9%8A%D8%AA%D8%AD%D9%82%D9%82-%D8%A8%D8%B9%D8%AF-30-%D8%B3%D9%86%D8%A9-%D9%85%D9%86-%D8%A7%D9%84%D9%85%D8%B9%D8%A7%D9%86%D8%A7%D8%A9",
        "title": 'بعد بث حالته على "البلاد" .. حلم معمر بإجراء عملية جراحية يتحقق بعد 30 سنة من المعاناة',
        "published": datetime(2021, 8, 2, 12, 53, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/sports/%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A-%D8%A7%D9%84%D8%B3%D8%A7%D8%A8%D9%82-%D8%B3%D9%84%D9%8A%D9%85%D8%A7%D9%86-%D8%B1%D8%AD%D9%88-%D8%B6%D9%85%D9%86-%D8%A7%D9%84%D8%B7%D8%A7%D9%82%D9%85-%D8%A7%D9%84%D9%81%D9%86%D9%8A-%D9%84%D8%A3%D8%AD%D8%AF-%D8%A3%D9%83%D8%A8%D8%B1-%D8%A7%D9%84%D8%A3%D9%86%D8%AF%D9%8A%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D9%82%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D8%B3%D9%85%D8%B1%D8%A7%D8%A1-95659",
        "title": "الدولي السابق سليمان رحو ضمن الطاقم الفني لأحد أكبر الأندية في القارة السمراء",
        "published": datetime(2021, 8, 2, 20, 14, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/sports/%D8%B5%D8%AD%D9%8A%D9%81%D8%A9-%D8%A3%D8%B3-%D8%A7%D9%84%D8%A5%D8%B3%D8%A8%D8%A7%D9%86%D9%8A%D8%A9-%D8%B1%D9%88%D9%86%D8%A7%D9%84%D8%AF%D9%88-%D9%8A%D8%B1%D9%8A%D8%AF-%D9%85%D8%BA%D8%A7%D8%AF%D8%B1%D8%A9-%D8%AC%D9%88%D9%81%D9%86%D8%AA%D9%88%D8%B3-%D9%81%D9%8A-%D8%A3%D8%B3%D8%B1%D8%B9-%D9%88%D9%82%D8%AA-%D9%85%D9%85%D9%83%D9%86-%D8%A5%D9%84%D9%89-%D9%87%D8%B0%D8%A7-%D8%A7%D9%84%D9%86%D8%A7%D8%AF%D9%8A-95658",
        "title": 'صحيفة "أس" الإسبانية: رونالدو يريد مغادرة جوفنتوس في أسرع وقت ممكن إلى هذا النادي.. !',
        "published": datetime(2021, 8, 2, 19, 26, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/sports/%D8%A8%D9%88%D9%86%D8%AC%D8%A7%D8%AD-%D9%8A%D8%B5%D9%84-%D8%A5%D9%84%D9%89-%D8%A8%D8%B1%D8%B4%D9%84%D9%88%D9%86%D8%A9-%D9%84%D9%85%D8%A8%D8%A7%D8%B4%D8%B1%D8%A9-%D8%AA%D8%AD%D8%B6%D9%8A%D8%B1%D8%A7%D8%AA%D9%87-%D9%84%D9%84%D9%85%D9%88%D8%B3%D9%85-%D8%A7%D9%84%D8%AC%D8%AF%D9%8A%D8%AF-95657",
        "title": 'بونجاح يصل إلى "برشلونة" لمباشرة تحضيراته للموسم الجديد',
        "published": datetime(2021, 8, 2, 18, 34, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/sports/%D9%83%D8%B1%D9%8A%D9%85-%D9%84%D8%B9%D8%B1%D9%8A%D8%A8%D9%8A-%D9%8A%D8%B9%D9%88%D8%AF-%D8%A5%D9%84%D9%89-%D8%A7%D9%84%D8%AF%D9%88%D8%B1%D9%8A-%D8%A7%D9%84%D8%AA%D9%88%D9%86%D8%B3%D9%8A-%D9%85%D9%86-%D8%A8%D9%88%D8%A7%D8%A8%D8%A9-%D8%A7%D9%84%D8%AA%D8%B1%D8%AC%D9%8A-95654",
        "title": "كريم لعريبي يعود إلى الدوري التونسي من بوابة الترجي !",
        "published": datetime(2021, 8, 2, 17, 41, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/sports/%D8%A7%D9%84%D8%B3%D8%A8%D8%A7%D8%AD%D8%A9-%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1%D9%8A%D8%A9-%D8%A3%D9%85%D8%A7%D9%84-%D9%85%D9%84%D9%8A%D8%AD-%D9%81%D9%8A-%D8%A3%D9%88%D9%84-%D8%AA%D8%B9%D9%84%D9%8A%D9%82-%D8%A8%D8%B9%D8%AF-%D8%AE%D8%B1%D9%88%D8%AC%D9%87%D8%A7-%D9%85%D9%86-%D8%A7%D9%84%D8%A3%D9%88%D9%84%D9%85%D8%A8%D9%8A%D8%A7%D8%AF-95646",
        "title": "السباحة الجزائرية أمال مليح في أول تعليق بعد خروجها من الأولمبياد",
        "published": datetime(2021, 8, 2, 15, 40, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/sports/%D8%A7%D9%84%D9%84%D8%A7%D8%B9%D8%A8-%D8%A7%D9%84%D8%A5%D9%86%D8%AC%D9%84%D9%8A%D8%B2%D9%8A-%D9%83%D8%B1%D9%8A%D8%B3%D9%88%D8%A7%D9%84-%D9%8A%D8%AB%D9%86%D9%8A-%D8%B9%D9%84%D9%89-%D9%87%D8%AF%D9%81-%D8%A8%D9%86-%D8%B1%D8%AD%D9%85%D8%A9-%D9%81%D9%8A-%D8%B4%D8%A8%D8%A7%D9%83-%D8%A8%D8%B1%D9%8A%D9%86%D8%AA%D9%81%D9%88%D8%B1%D8%AF-95656",
        "title": "اللاعب الإنجليزي كريسوال يثني على هدف بن رحمة في شباك برينتفورد!",
        "published": datetime(2021, 8, 2, 17, 15, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/national/%D8%A8%D8%AC%D8%A7%D9%8A%D8%A9-%D8%AA%D8%AE%D8%B5%D8%B5-14-%D9%85%D9%84%D9%8A%D8%A7%D8%B1-%D8%B3%D9%86%D8%AA%D9%8A%D9%85-%D9%84%D8%B4%D8%B1%D8%A7%D8%A1-%D9%85%D8%B9%D8%AF%D8%A7%D8%AA-%D8%B7%D8%A8%D9%8A%D8%A9-95638",
        "title": "بجاية تخصص 14 مليار سنتيم لشراء معدات طبية",
        "published": datetime(2021, 8, 2, 14, 18, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/sports/%D8%B3%D9%81%D9%8A%D8%A7%D9%86-%D8%A7%D9%84%D8%A8%D9%82%D8%A7%D9%84%D9%8A-%D9%8A%D9%87%D8%AF%D9%8A-%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8-%D8%A3%D9%88%D9%84-%D8%B0%D9%87%D8%A8%D9%8A%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D8%A3%D9%88%D9%84%D9%85%D8%A8%D9%8A%D8%A7%D8%AF-95635",
        "title": 'سفيان البقالي يهدي المغرب أول ذهبية في " الأولمبياد"',
        "published": datetime(2021, 8, 2, 13, 58, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/national/%D9%88%D8%B2%D8%A7%D8%B1%D8%A9-%D8%A7%D9%84%D8%AA%D8%B6%D8%A7%D9%85%D9%86-%D8%A3%D8%B7%D9%82%D9%85-%D8%B7%D8%A8%D9%8A%D8%A9-%D8%AA%D8%B1%D8%A7%D9%81%D9%82-%D9%82%D9%88%D8%A7%D9%81%D9%84-%D8%A7%D9%84%D8%AD%D9%85%D9%84%D8%A9-%D8%A7%D9%84%D8%AA%D8%B6%D8%A7%D9%85%D9%86%D9%8A%D8%A9-%D9%84%D9%81%D8%A7%D8%A6%D8%AF%D8%A9-%D8%A7%D9%84%D9%85%D8%B9%D9%88%D8%B2-95631",
        "title": "وزارة التضامن: أطقم طبية ترافق قوافل الحملة التضامنية لفائدة المعوز",
        "published": datetime(2021, 8, 2, 13, 5, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/sports/%D9%86%D8%A7%D8%AF%D9%8A-%D9%85%D8%AD%D8%B1%D8%B2-%D9%8A%D8%AC%D8%AF%D8%AF-%D8%B9%D9%82%D8%AF-%D8%A7%D9%84%D8%B4%D8%B1%D8%A7%D9%83%D8%A9-%D9%85%D8%B9-%D9%85%D8%B1%D9%83%D8%B2-%D9%87%D9%8A%D9%84%D8%AB-%D8%A8%D9%88%D9%8A%D9%86%D8%AA-%D8%A7%D9%84%D8%B7%D8%A8%D9%8A-95627",
        "title": 'نادي محرز يُجدد عقد الشراكة مع مركز "هيلث بوينت" الطبي',
        "published": datetime(2021, 8, 2, 12, 8, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/sports/%D8%A5%D8%AA%D8%AD%D8%A7%D8%AF-%D8%A7%D9%84%D8%B9%D8%A7%D8%B5%D9%85%D8%A9-%D9%8A%D8%B4%D8%A7%D8%B1%D9%83-%D9%81%D9%8A-%D8%AD%D9%85%D9%84%D8%A9-%D9%85%D9%86-%D8%AE%D9%8A%D8%B1%D9%83-%D9%8A%D8%AA%D9%86%D9%81%D8%B3-%D8%BA%D9%8A%D8%B1%D9%83-95637",
        "title": 'إتحاد العاصمة يشارك في حملة "من خيرك يتنفس غيرك"',
        "published": datetime(2021, 8, 2, 14, 13, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/sports/%D9%85%D8%A7%D8%AC%D8%B1-%D9%8A%D9%88%D8%AC%D9%87-%D9%86%D8%AF%D8%A7%D8%A1-%D9%84%D9%84%D8%A3%D8%B3%D8%B1%D8%A9-%D8%A7%D9%84%D8%B1%D9%8A%D8%A7%D8%B6%D9%8A%D8%A9-%D9%84%D9%84%D9%85%D8%B4%D8%A7%D8%B1%D9%83%D8%A9-%D9%81%D9%8A-%D8%AD%D9%85%D9%84%D8%A9-%D8%A7%D9%84%D8%AA%D8%A8%D8%B1%D8%B9%D8%A7%D8%AA-95629",
        "title": "ماجر يوجه نداء للأسرة الرياضية للمشاركة في حملة التبرعات",
        "published": datetime(2021, 8, 2, 12, 29, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/sports/%D8%B1%D8%A6%D9%8A%D8%B3-%D8%BA%D9%84%D8%B7%D8%A9-%D8%B3%D8%B1%D8%A7%D9%8A-%D8%A7%D9%84%D8%AA%D8%B1%D9%83%D9%8A-%D9%8A%D9%83%D8%B4%D9%81-%D8%B9%D9%86-%D9%85%D8%B5%D9%8A%D8%B1-%D9%81%D9%8A%D8%BA%D9%88%D9%84%D9%8A-95624",
        "title": "رئيس غلطة سراي التركي يكشف عن مصير فيغولي !",
        "published": datetime(2021, 8, 2, 11, 18, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/international/%D8%A7%D9%84%D8%AC%D9%8A%D8%B4-%D9%84%D8%B6%D9%85%D8%A7%D9%86-%D8%AA%D8%B7%D8%A8%D9%8A%D9%82-%D8%A7%D9%84%D8%AD%D8%AC%D8%B1-%D8%A7%D9%84%D8%B5%D8%AD%D9%8A-%D9%81%D9%8A-%D8%A3%D8%B3%D8%AA%D8%B1%D8%A7%D9%84%D9%8A%D8%A7-95611",
        "title": "الجيش لضمان تطبيق الحجر الصحي في أستراليا",
        "published": datetime(2021, 8, 2, 8, 7, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/international/%D8%A7%D9%84%D8%A3%D9%86%D8%A7%D8%B6%D9%88%D9%84-%D8%AD%D8%B1%D9%83%D8%A9-%D8%A7%D9%84%D9%86%D9%87%D8%B6%D8%A9-%D8%A7%D9%84%D8%AA%D9%88%D9%86%D8%B3%D9%8A%D8%A9-%D9%84%D9%86-%D8%AA%D8%B1%D9%81%D8%B6-%D8%A5%D8%AC%D8%B1%D8%A7%D8%A1-%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%D8%A7%D8%AA-%D8%AA%D8%B4%D8%B1%D9%8A%D8%B9%D9%8A%D8%A9-%D9%85%D8%A8%D9%83%D8%B1%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D8%A8%D9%84%D8%A7%D8%AF-95595",
        "title": "الأناضول : حركة النهضة التونسية لن ترفض إجراء انتخابات تشريعية مبكرة في البلاد",
        "published": datetime(2021, 8, 1, 18, 16, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/international/%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D8%AC%D9%85%D9%87%D9%88%D8%B1%D9%8A%D8%A9-%D9%8A%D8%B9%D8%B2%D9%8A-%D8%A7%D9%84%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D8%B5%D8%AD%D8%B1%D8%A7%D9%88%D9%8A-95594",
        "title": "رئيس الجمهورية يعزّي الرئيس الصحراوي",
        "published": datetime(2021, 8, 1, 18, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/info-divers/%D8%A3%D8%B9%D9%84%D9%89-%D8%AF%D8%B1%D8%AC%D8%A9-%D8%AD%D8%B1%D8%A7%D8%B1%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85-%D9%81%D9%8A-%D9%85%D8%AF%D9%8A%D9%86%D8%A9-%D8%A3%D9%88%D8%B1%D9%88%D8%A8%D9%8A%D8%A9-95587",
        "title": "أعلى درجة حرارة في العالم..في مدينة أوروبية!",
        "published": datetime(2021, 8, 1, 15, 29, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/info-divers/%D9%85%D8%AE%D8%AA%D8%B1%D8%B9-%D9%85%D8%B9%D9%82%D9%85-%D8%A7%D9%84%D9%8A%D8%AF%D9%8A%D9%86-%D9%8A%D8%AA%D8%AD%D8%AF%D8%AB-%D8%B9%D9%86-%D9%85%D8%B5%D9%8A%D8%B1-%D9%83%D9%88%D8%B1%D9%88%D9%86%D8%A7-%D9%88-%D9%85%D8%A7-%D8%A7%D9%84%D8%B0%D9%8A-%D8%B3%D8%AA%D8%AA%D8%AD%D9%88%D9%84-%D8%A5%D9%84%D9%8A%D9%87-95557",
        "title": "مخترع معقم اليدين يتحدث عن مصير كورونا و ما الذي ستتحول إليه",
        "published": datetime(2021, 8, 1, 7, 31, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.elbilad.net/info-divers/%D9%81%D9%8A%D8%B1%D9%88%D8%B3-%D9%81%D9%88%D9%84%D8%AA%D9%88%D8%B1-%D9%8A%D9%87%D8%AF%D8%AF-%D9%85%D8%B3%D8%AA%D8%AE%D8%AF%D9%85%D9%8A-%D9%87%D9%88%D8%A7%D8%AA%D9%81-%D8%A3%D9%86%D8%AF%D8%B1%D9%88%D9%8A%D8%AF-95533",
        "title": 'فيروس "فولتور" يُهدد مستخدمي هواتف "أندرويد"',
        "published": datetime(2021, 7, 31, 12, 52, tzinfo=UTC),
        "author": None,
    },
]

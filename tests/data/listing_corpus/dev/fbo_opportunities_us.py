"""Real page: the opportunities list of Federal Business Opportunities (fbo.gov, the US
government's procurement notices, March 2016), saved by TeamHG-Memex/autopager for its pagination
data. An agency's classifieds-like listing: a search-tips box, a sort form and "1 - 20 of 28488"
with page links over <table class=list>, whose <tr class=lst-rw> rows hold four cells: the
opportunity, one link (<a class=lst-lnk-notice>) around three <div>s — the title (<div
class=solt>, "ROTOR,GENERATOR"), the solicitation number (<div class=soln>, "SPE4A516R0526") and
the classification code (<div class=solcc>, "16 -- Aircraft components & accessories"); the
agency, office and location ("Defense Logistics Agency" in <div class=pagency>, then the office
lines); the notice type ("Sources Sought", "Presolicitation / Total Small Business"); and
"Posted On" ("Mar 10, 2016", a day: compared as the local day, Washington time). Titles: the
title <div> alone (number and code are the notice's reference and class, lines of their own).
Authors are left out: the agency column names the buying office, which is no byline. The
addresses keep their "&_cview=0" or "&_cview=1" (alternating with the rows), as linked. Not
entries: the header, the accessibility and buyers/vendors links, the search tips, the sort links
in the table head, the pager ("2 … 7 » [1425]"), the footer. The address is autopager's
record. `now` is the save (10 March 2016).
"""

from datetime import UTC, date, datetime

url = "https://www.fbo.gov/index?s=opportunity&mode=list&tab=list"
timezone = "America/New_York"
now = datetime(2016, 3, 10, 18, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.fbo.gov/index?s=opportunity&mode=form&id=278b51579163559fab8483e9b1a6305c&tab=core&_cview=0",
        "title": "ROTOR,GENERATOR",
        "published": date(2016, 3, 10),
    },
    {
        "link": "https://www.fbo.gov/index?s=opportunity&mode=form&id=f23257b854ab3b7b35a73290e22117a7&tab=core&_cview=1",
        "title": "65--612-16-2-111-0036 _Mather-Blood Products",
        "published": date(2016, 3, 10),
    },
    {
        "link": "https://www.fbo.gov/index?s=opportunity&mode=form&id=dc098a64457f2dc07c24fc200a3e1170&tab=core&_cview=0",
        "title": "Expert Consultant Services - Elder Abuse",
        "published": date(2016, 3, 10),
    },
    {
        "link": "https://www.fbo.gov/index?s=opportunity&mode=form&id=6f21364b2f7957eb2e9e45ca89d6617a&tab=core&_cview=0",
        "title": "84--COVERALLS",
        "published": date(2016, 3, 10),
    },
    {
        "link": "https://www.fbo.gov/index?s=opportunity&mode=form&id=ebcba60c51f00f624cdd4544d329925f&tab=core&_cview=0",
        "title": "Revolutionary Enhancement of Visibility by Exploiting Active Light-fields (REVEAL)",
        "published": date(2016, 3, 10),
    },
    {
        "link": "https://www.fbo.gov/index?s=opportunity&mode=form&id=60f8faed18afb9a6dbd651c123914fb4&tab=core&_cview=0",
        "title": "REPEATER COLOR",
        "published": date(2016, 3, 10),
    },
    {
        "link": "https://www.fbo.gov/index?s=opportunity&mode=form&id=15c99f2efd1db07e440a577280f035fd&tab=core&_cview=0",
        "title": "GATES Oracle ULA",
        "published": date(2016, 3, 10),
    },
    {
        "link": "https://www.fbo.gov/index?s=opportunity&mode=form&id=02d47f58cf85b0c720f4e8663fbaadd4&tab=core&_cview=1",
        "title": "Annual, semi-annual, and monthly preventive maintenance, inspection, certification and repair services of the Bio-Medical Equipment for the Tucson Area Indian Health Service",
        "published": date(2016, 3, 10),
    },
    {
        "link": "https://www.fbo.gov/index?s=opportunity&mode=form&id=66eaf47bc7a2e5674b763330bc3b32da&tab=core&_cview=0",
        "title": "D--ANDOVER UPGRADE",
        "published": date(2016, 3, 10),
    },
    {
        "link": "https://www.fbo.gov/index?s=opportunity&mode=form&id=a67924712437fd0954770aaa435427b3&tab=core&_cview=0",
        "title": "Plate & Lining Assembly / 11F / Aircraft, Galaxy C-5",
        "published": date(2016, 3, 10),
    },
    {
        "link": "https://www.fbo.gov/index?s=opportunity&mode=form&id=606e7ee9f82c06d5433651b8470efd6b&tab=core&_cview=1",
        "title": "Enterprise Financial Services (EFS) Requirement",
        "published": date(2016, 3, 10),
    },
    {
        "link": "https://www.fbo.gov/index?s=opportunity&mode=form&id=5fb498b340b34acac483d7490deba0f8&tab=core&_cview=0",
        "title": "15--COVER,ACCESS,AIRCRA",
        "published": date(2016, 3, 10),
    },
    {
        "link": "https://www.fbo.gov/index?s=opportunity&mode=form&id=3032d0d8d0d26dd5b82e506a9d4cae34&tab=core&_cview=1",
        "title": "30--COUPLING,SHAFT,FLEX",
        "published": date(2016, 3, 10),
    },
    {
        "link": "https://www.fbo.gov/index?s=opportunity&mode=form&id=bc3f1da286089ce84b4e14e5bd6b2caf&tab=core&_cview=0",
        "title": "N--Remove, Transport & Re-Install Digirad",
        "published": date(2016, 3, 10),
    },
    {
        "link": "https://www.fbo.gov/index?s=opportunity&mode=form&id=8cd3106e5c4cb318614542aad129bd0c&tab=core&_cview=0",
        "title": '3" Nickel-Chromium-Iron Pipe',
        "published": date(2016, 3, 10),
    },
    {
        "link": "https://www.fbo.gov/index?s=opportunity&mode=form&id=ce6765615634df470423642aaed97589&tab=core&_cview=0",
        "title": "Warrior Injury Assessment Manikin (WIAMan)",
        "published": date(2016, 3, 10),
    },
    {
        "link": "https://www.fbo.gov/index?s=opportunity&mode=form&id=e2e1d1fd10fe5fd4815384b244d656b4&tab=core&_cview=0",
        "title": "65--Hines CMOP Misc. 7 line item Med/Surg. and Pharmaceuticals Multiple Award Notice",
        "published": date(2016, 3, 10),
    },
    {
        "link": "https://www.fbo.gov/index?s=opportunity&mode=form&id=bf57a4d516dc5b1a28c23ea87a347466&tab=core&_cview=0",
        "title": "J--MRS Software Support",
        "published": date(2016, 3, 10),
    },
    {
        "link": "https://www.fbo.gov/index?s=opportunity&mode=form&id=4c129a5c5a18093340ce07ed13b1e534&tab=core&_cview=0",
        "title": "People, Rules and Organizations Supporting the Protection of Ecosystem Resources (PROSPER) Program that provides implementation in several areas within Liberia",
        "published": date(2016, 3, 10),
    },
    {
        "link": "https://www.fbo.gov/index?s=opportunity&mode=form&id=302df152d00b0519818892afffa38ab0&tab=core&_cview=1",
        "title": "F--Legionella Testing Services",
        "published": date(2016, 3, 10),
    },
]

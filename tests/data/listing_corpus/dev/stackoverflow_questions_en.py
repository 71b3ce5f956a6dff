"""Real page: Stack Overflow's newest questions (stackoverflow.com/questions, 3 July 2021,
21:01 UTC), the response body of the request recorded by html2rss/html2rss in a VCR cassette
for its README example. English. The list (<div id=questions>): fifteen <div
class=question-summary>, each a column of counts (votes, answers, views), then the title link
(<h3><a class=question-hyperlink>), an excerpt, tag links, and "asked <span class=relativetime
title="2021-07-03 21:00:39Z">55 secs ago</span>" above the asker's avatar and name link with
reputation and badges. Entries: the fifteen questions, titled by their link, dated by the age
(the title attribute carries the second in UTC), authored by the asker's name. Not entries:
the tag links, the user links, the header's menus, the left navigation, the sidebar (the
Overflow Blog, featured on Meta, hot network questions), the pager and the footer.
"""

from datetime import UTC, datetime

url = "https://stackoverflow.com/questions"
timezone = "UTC"
now = datetime(2021, 7, 3, 21, 2, tzinfo=UTC)

entries = [
    {
        "link": "https://stackoverflow.com/questions/68239927/embed-discordapierror-cannot-send-an-empty-message",
        "title": "Embed: DiscordAPIError: Cannot send an empty message",
        "published": datetime(2021, 7, 3, 21, 0, tzinfo=UTC),
        "author": "Axmyo",
    },
    {
        "link": "https://stackoverflow.com/questions/68239926/appendchild-to-multiple-dropdowns",
        "title": "appendChild to multiple dropdowns",
        "published": datetime(2021, 7, 3, 21, 0, tzinfo=UTC),
        "author": "Jithin Sunny",
    },
    {
        "link": "https://stackoverflow.com/questions/68239924/python-what-does-and-or-clause-mean-under-a-for-loop",
        "title": "Python: What does and-or clause mean under a for loop",
        "published": datetime(2021, 7, 3, 21, 0, tzinfo=UTC),
        "author": "Troy Bear",
    },
    {
        "link": "https://stackoverflow.com/questions/68239920/nodejs-server-unable-to-read-post-request-body",
        "title": "NodeJS Server - Unable to read POST request body",
        "published": datetime(2021, 7, 3, 20, 58, tzinfo=UTC),
        "author": "Masp",
    },
    {
        "link": "https://stackoverflow.com/questions/68239915/how-to-check-whether-specific-string-exists-in-a-comma-separated-mysql-field",
        "title": "How to check whether specific string exists in a comma separated MySQL field",
        "published": datetime(2021, 7, 3, 20, 57, tzinfo=UTC),
        "author": "Charlie Keegan",
    },
    {
        "link": "https://stackoverflow.com/questions/68239913/counting-words-using-awk",
        "title": "Counting words using awk",
        "published": datetime(2021, 7, 3, 20, 57, tzinfo=UTC),
        "author": "Sujay Das",
    },
    {
        "link": "https://stackoverflow.com/questions/68239909/redirection-detected-from-http-to-https-protocol-switch-unsafe-not-allowed-e",
        "title": "'Redirection detected from http to https. Protocol switch unsafe, not allowed' error",
        "published": datetime(2021, 7, 3, 20, 57, tzinfo=UTC),
        "author": "Hange Zoë",
    },
    {
        "link": "https://stackoverflow.com/questions/68239908/vite-aliase-not-working-for-a-vue-image-src",
        "title": "Vite @ aliase not working for a Vue image src",
        "published": datetime(2021, 7, 3, 20, 56, tzinfo=UTC),
        "author": "Liam Hanrahan",
    },
    {
        "link": "https://stackoverflow.com/questions/68239906/object-is-not-a-function-while-working-with-element-plus-argon-template",
        "title": "Object(…) is not a function while working with element-plus, argon template",
        "published": datetime(2021, 7, 3, 20, 55, tzinfo=UTC),
        "author": "Adasboy",
    },
    {
        "link": "https://stackoverflow.com/questions/68239903/what-does-the-in-this-paper-mean",
        "title": "What does the … in this paper mean?",
        "published": datetime(2021, 7, 3, 20, 54, tzinfo=UTC),
        "author": "Ben A.",
    },
    {
        "link": "https://stackoverflow.com/questions/68239902/scikit-learn-onehotencoder-get-feature-names-in-a-pipeline",
        "title": "Scikit-Learn OneHotEncoder - get_feature_names in a pipeline",
        "published": datetime(2021, 7, 3, 20, 54, tzinfo=UTC),
        "author": "Windstorm1981",
    },
    {
        "link": "https://stackoverflow.com/questions/68239901/applescript-check-if-specific-numbers-sheet-exists",
        "title": "Applescript check if specific Numbers sheet exists",
        "published": datetime(2021, 7, 3, 20, 54, tzinfo=UTC),
        "author": "Russ",
    },
    {
        "link": "https://stackoverflow.com/questions/68239898/gitlab-django-ci-cd-postgres-connection-refused",
        "title": "Gitlab Django CI/CD postgres: Connection refused",
        "published": datetime(2021, 7, 3, 20, 54, tzinfo=UTC),
        "author": "Heinrich",
    },
    {
        "link": "https://stackoverflow.com/questions/68239896/how-to-get-first-three-items-of-a-destructured-array-in-a-higher-order-function",
        "title": "How to get first three items of a destructured array in a higher order function?",
        "published": datetime(2021, 7, 3, 20, 53, tzinfo=UTC),
        "author": "StephenW",
    },
    {
        "link": "https://stackoverflow.com/questions/68239892/apexchart-pie-donut-chart-not-displayed",
        "title": "ApexChart Pie/Donut Chart not displayed",
        "published": datetime(2021, 7, 3, 20, 53, tzinfo=UTC),
        "author": "ShippyDippy",
    },
]

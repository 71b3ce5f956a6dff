"""A trade magazine (WordPress, Yoast): 'By Carly Page' and 'March 04, 2026' in the hero; the
<title> names the site after a dash ('… - LeadDev').

Page: pankaj28843/article-extractor @ eb18fd1c76e97b23fafe09c8c350ae432fa38c09 : tests/fixtures/fullpage_to_article_html/leaddev.com/moltbook-agent-security-wake-up-call/raw.html (MIT).
"""

from datetime import date

url = "https://leaddev.com/ai/moltbook-is-the-agent-security-wake-up-call-for-engineering-leaders"
timezone = "Europe/London"
lang = "en"
title = "Moltbook is the agent security wake-up call for engineering leaders"
published = date(2026, 3, 4)  # 'March 04, 2026'
authors = ["Carly Page"]

"""The post's title (the <h1> is the blog's, 'Minecraft News'). The page shows no date and no byline (the JSON-LD's datePublished and author 'mcupdate', the blog's name, are not on the page): not scored.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/tumblr/source.html (Apache-2.0).
"""

url = "http://mcupdate.tumblr.com/post/96439224994/minecraft-18-the-bountiful-update"
timezone = "America/New_York"
lang = "en"
title = "Minecraft 1.8 - The Bountiful Update"

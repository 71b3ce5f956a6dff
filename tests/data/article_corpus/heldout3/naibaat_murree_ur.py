"""Urdu daily, saved by the Wayback Machine: 'By Irfan Rana on اپریل 8, 2022' under the <h1>.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpswebarchiveorgwebhttpsnaibaatpkamp2022040849027 (Apache-2.0).
"""

from datetime import date

url = "https://naibaat.pk/2022/04/08/49027/"
timezone = "Asia/Karachi"
lang = "ur"
title = "سانحہ مری کیس: عدالت نے کمشنر راولپنڈی کو طلب کر لیا"
published = date(2022, 4, 8)
authors = ["Irfan Rana"]

"""Scrapy settings for dealwatch crawls (polite defaults; run.py adds per-run values)."""
from __future__ import annotations

BOT_NAME = "dealwatch"
USER_AGENT = "dealwatch/0.1 (+https://example.invalid/dealwatch)"

# Politeness. robots.txt is not consulted for file:// (Scrapy skips it there).
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 2
REDIRECT_ENABLED = True
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"

ITEM_PIPELINES = {
    "spiders.pipelines.LanguageFilter": 100,
    "spiders.pipelines.TopicFilter": 200,
    "spiders.pipelines.Deduplicate": 300,
    "spiders.pipelines.WarcWriter": 800,
    "spiders.pipelines.JsonlWriter": 900,
}

# dealwatch's own settings (run.py fills them in).
DEALWATCH_OUT_DIR = None
DEALWATCH_ALL_TOPICS = False

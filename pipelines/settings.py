"""Tunables of the orchestration layer, in one place (overridable by environment)."""
from __future__ import annotations

import os

#: How often Prefect retries a crawl that raised (network trouble, a crashed subprocess).
CRAWL_RETRIES = int(os.environ.get("DEALWATCH_CRAWL_RETRIES", "2"))
#: Seconds between crawl retries.
CRAWL_RETRY_DELAY_SECONDS = float(os.environ.get("DEALWATCH_CRAWL_RETRY_DELAY", "10"))
#: Name of the deployment `dealwatch serve` creates.
DEPLOYMENT_NAME = "dealwatch-scheduled"
#: Port of the local Prefect server `dealwatch serve` starts when none is configured (0: any free port).
SERVE_PREFECT_PORT = int(os.environ.get("DEALWATCH_PREFECT_PORT", "0"))

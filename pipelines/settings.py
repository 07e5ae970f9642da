"""Tunables of the orchestration layer, in one place (overridable by environment)."""
from __future__ import annotations

import os

#: How often Prefect retries a crawl that raised (network trouble, a crashed subprocess).
CRAWL_RETRIES = int(os.environ.get("DEALWATCH_CRAWL_RETRIES", "1"))
#: Seconds between crawl retries.
CRAWL_RETRY_DELAY_SECONDS = float(os.environ.get("DEALWATCH_CRAWL_RETRY_DELAY", "5"))
#: Name of the deployment `dealwatch serve` creates.
DEPLOYMENT_NAME = "dealwatch-scheduled"
#: Port of the local Prefect server `dealwatch serve` starts when none is configured (0: any free port).
SERVE_PREFECT_PORT = int(os.environ.get("DEALWATCH_PREFECT_PORT", "0"))
#: Articles per extraction task (the unit a failure loses and a Dask worker gets). Each task costs
#: Prefect and Dask about a tenth of a CPU second in the flow's process and the Prefect server
#: (bench/dask_bench.py): 500 articles (about 3 CPU seconds of extraction) keep that to a few per cent.
EXTRACT_BATCH_SIZE = int(os.environ.get("DEALWATCH_BATCH_SIZE", "500"))
#: How many attempts a scheduled run makes at a failed run before starting afresh.
AUTO_RESUME_ATTEMPTS = int(os.environ.get("DEALWATCH_AUTO_RESUME_ATTEMPTS", "3"))
#: Workers of the local Dask cluster `run --runner dask` starts when no --dask-address is given.
DASK_WORKERS = int(os.environ.get("DEALWATCH_DASK_WORKERS", "2"))

"""`python -m bench.dask_bench`: placeholder until the Dask runner lands (see bench.run.dask_speedup)."""
import json
import sys

print(json.dumps({"missing": "the Dask runner has not landed on main yet"}))
sys.exit(0)

"""`python -m models.transfer`: the leave-one-set-out transfer measure (see models/learned/loso.py)."""
from models.learned.loso import main

if __name__ == "__main__":
    raise SystemExit(main())

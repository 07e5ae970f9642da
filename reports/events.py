"""The key events of the story, marked on the coverage timeline (labels in reports/i18n.py)."""
from __future__ import annotations

from datetime import date

#: (date, label key) in order. The dates are public record; the labels are the report's own words.
KEY_EVENTS: tuple[tuple[date, str], ...] = (
    (date(2014, 2, 19), "event.announced"),   # Facebook announces the purchase
    (date(2014, 10, 6), "event.closed"),      # the purchase closes
    (date(2016, 8, 25), "event.sharing"),     # WhatsApp announces sharing data with Facebook
    (date(2016, 9, 27), "event.hamburg"),     # Hamburg's data-protection authority orders a stop
    (date(2017, 5, 18), "event.eu_fine"),     # EU Commission fines Facebook for misleading merger information
    (date(2021, 5, 15), "event.policy_2021"),  # the 2021 terms take effect
)

"""The key events of the story, marked on the coverage timeline (labels in reports/i18n.py).

The warehouse's `events` table is the source; this list is used only for a
warehouse that predates it. Ids are the table's `event_id`s.
"""
from __future__ import annotations

from datetime import date

#: (event_id, date) in order. The dates are public record.
KEY_EVENTS: tuple[tuple[str, date], ...] = (
    ("announcement", date(2014, 2, 19)),       # Facebook announces the purchase
    ("closing", date(2014, 10, 6)),            # the purchase closes
    ("data_sharing_2016", date(2016, 8, 25)),  # WhatsApp announces sharing data with Facebook
    ("hamburg_order", date(2016, 9, 27)),      # Hamburg's data-protection authority orders a stop
    ("eu_fine", date(2017, 5, 18)),            # EU Commission fines Facebook over the merger review
    ("policy_2021", date(2021, 1, 6)),         # WhatsApp asks users to accept its new terms
)

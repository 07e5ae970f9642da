"""context.sold_once: WhatsApp was bought once, so a buyerless purchase of it is Facebook's - the convention the price's
and the year's buyerless readings share."""
from __future__ import annotations

from models import context


def test_a_buyerless_purchase_is_facebooks_unless_another_party_is_named() -> None:
    """context.sold_once: the one convention the price's and the year's buyerless readings share."""
    told = "Die Übernahme von WhatsApp wurde im Oktober 2014 abgeschlossen."
    assert context.sold_once(told, told)
    with_rival = "Auch Google hatte Interesse. " + told
    assert not context.sold_once(with_rival, told)
    other_target = "Zwei Jahre zuvor war Instagram übernommen worden."
    assert not context.sold_once(told + " " + other_target, other_target)

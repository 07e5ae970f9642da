"""models.last_call: the one-entry cache the components keep a document's facts in (lowered text, clause edges,
header-line counts) must answer the last call's objects from the cache and recompute for any other object."""
from __future__ import annotations

from models.last_call import last_call_by_identity


def _counting() -> tuple[list[str], object]:
    calls: list[str] = []

    @last_call_by_identity
    def upper(text: str, *rest: object) -> str:
        calls.append(text)
        return text.upper()

    return calls, upper


def test_the_same_object_again_is_answered_from_the_cache() -> None:
    calls, upper = _counting()
    text = "".join(["Facebook ", "kauft ", "WhatsApp"])
    assert upper(text) == "FACEBOOK KAUFT WHATSAPP"
    assert upper(text) == "FACEBOOK KAUFT WHATSAPP"
    assert calls == [text]


def test_an_equal_but_other_object_or_other_arguments_recompute() -> None:
    calls, upper = _counting()
    first = "".join(["neunzehn ", "Milliarden"])
    second = "".join(["neunzehn ", "Milliarden"])
    assert first == second and first is not second
    upper(first)
    upper(second)
    marker = object()
    upper(second, marker)
    upper(second, object())
    assert len(calls) == 4


def test_only_the_last_call_is_kept() -> None:
    calls, upper = _counting()
    a, b = "".join(["a", "x"]), "".join(["b", "x"])
    upper(a)
    upper(b)
    upper(a)
    assert calls == [a, b, a]


def test_a_result_remembered_for_some_objects_answers_their_next_call() -> None:
    """`remember` (speed54): a caller that derived the answer itself keeps it for those very objects; the next call
    with them is answered from it, any other call computes and replaces it."""
    calls, upper = _counting()
    a, b = "".join(["a", "x"]), "".join(["b", "x"])
    upper(a)
    upper.remember("BX", b)  # type: ignore[attr-defined]
    assert upper(b) == "BX"
    assert calls == [a]
    assert upper(a) == "AX"
    assert calls == [a, a]

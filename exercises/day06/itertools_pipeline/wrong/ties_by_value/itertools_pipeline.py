"""Known-wrong: top_n heaps (key, item) pairs, so ties are broken by comparing the items themselves."""
import heapq
from collections import deque
from itertools import islice


def _check_size(n):
    if not isinstance(n, int) or n < 1:
        raise ValueError("n must be an int >= 1, got " + repr(n))


def chunked(iterable, n):
    """Yield tuples of n consecutive items; the last one may be shorter."""
    _check_size(n)
    it = iter(iterable)
    while chunk := tuple(islice(it, n)):
        yield chunk


def sliding_window(iterable, n):
    """Yield every run of n consecutive items, as tuples."""
    _check_size(n)
    it = iter(iterable)
    window = deque(islice(it, n - 1), maxlen=n)
    for item in it:
        window.append(item)
        yield tuple(window)


def top_n(iterable, n, key=None):
    """Return the n largest items, largest first; ties keep input order."""
    if n <= 0:
        return []
    key = key or (lambda item: item)
    heap = []
    for item in iterable:
        entry = (key(item), item)
        if len(heap) < n:
            heapq.heappush(heap, entry)
        elif entry > heap[0]:
            heapq.heapreplace(heap, entry)
    return [item for _, item in sorted(heap, reverse=True)]

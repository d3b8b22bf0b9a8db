"""Day 6 — alternative solution: a list buffer, tee'd iterators and a hand-made heap."""
import heapq
from itertools import islice, tee


def _size(n):
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"n must be a whole number >= 1, not {n!r}")
    return n


def chunked(iterable, n):
    """Yield tuples of n consecutive items; the last one may be shorter."""
    _size(n)
    buffer = []
    for item in iterable:
        buffer.append(item)
        if len(buffer) == n:
            yield tuple(buffer)
            buffer = []
    if buffer:
        yield tuple(buffer)


def sliding_window(iterable, n):
    """n copies of the stream, the k-th one advanced by k items, zipped together."""
    copies = tee(iterable, _size(n))
    for skip, copy in enumerate(copies):
        next(islice(copy, skip, skip), None)
    return zip(*copies)


def top_n(iterable, n, key=None):
    """A min-heap of the best n (key, -position) entries seen so far."""
    if n <= 0:
        return []
    if key is None:
        key = lambda item: item  # noqa: E731
    heap = []
    for position, item in enumerate(iterable):
        entry = (key(item), -position, item)
        if len(heap) < n:
            heapq.heappush(heap, entry)
        elif entry[:2] > heap[0][:2]:
            heapq.heapreplace(heap, entry)
    heap.sort(key=lambda entry: entry[:2], reverse=True)
    return [item for _, _, item in heap]

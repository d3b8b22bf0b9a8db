"""Known-wrong: chunked slices its input like a list (len and [i:i+n]), so generators and endless input fail."""
import heapq
from collections import deque
from itertools import islice


def _check_size(n):
    if not isinstance(n, int) or n < 1:
        raise ValueError("n must be an int >= 1, got " + repr(n))


def chunked(iterable, n):
    """Yield tuples of n consecutive items; the last one may be shorter."""
    _check_size(n)
    for start in range(0, len(iterable), n):
        yield tuple(iterable[start : start + n])


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
    # heapq.nlargest is documented as equivalent to sorted(..., reverse=True)[:n] and
    # keeps at most n items in its heap.
    return heapq.nlargest(n, iterable, key=key)

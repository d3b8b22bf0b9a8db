# Allocate without bound.
blocks = []
try:
    while True:
        blocks.append(bytes(256 * 1024 * 1024))  # calloc: pages stay untouched, so it is quick
except MemoryError:
    print("blocked: MemoryError after", len(blocks), "blocks")

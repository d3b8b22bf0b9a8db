# Write one file far beyond the per-file limit.
chunk = b"x" * (1 << 20)
written = 0
try:
    with open("big.bin", "wb") as f:
        for _ in range(1024):
            f.write(chunk)
            f.flush()
            written += 1
    print("ESCAPED: wrote", written, "MiB")
except OSError as e:
    print("blocked:", type(e).__name__, "after", written, "MiB")

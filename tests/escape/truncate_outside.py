# Truncate a file outside the run's temp dir.
import os

try:
    os.truncate("@OUTSIDE@/keep.txt", 0)
    print("ESCAPED: truncated @OUTSIDE@/keep.txt")
except OSError as e:
    print("blocked:", type(e).__name__)

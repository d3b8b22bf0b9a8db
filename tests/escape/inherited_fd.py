# Read a descriptor pygrade's own parent left open (fd 7, without close-on-exec).
import os

try:
    data = os.read(7, 100)
    print("ESCAPED: read", data.decode(errors="replace").strip())
except OSError as e:
    print("blocked:", type(e).__name__)

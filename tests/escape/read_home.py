# Read a private file in the user's home directory.
try:
    with open("@SECRET@") as f:
        print("ESCAPED: read", f.read().strip())
except OSError as e:
    print("blocked:", type(e).__name__)

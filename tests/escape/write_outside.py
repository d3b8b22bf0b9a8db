# Write a file outside the run's temp dir.
try:
    with open("@OUTSIDE@/planted.txt", "w") as f:
        f.write("escaped")
    print("ESCAPED: wrote @OUTSIDE@/planted.txt")
except OSError as e:
    print("blocked:", type(e).__name__)

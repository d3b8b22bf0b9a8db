# Overwrite the learner's own exercise file in the workspace (it should only ever be
# graded from a copy).
try:
    with open("@LEARNER@", "w") as f:
        f.write("# overwritten by the program\n")
    print("ESCAPED: overwrote the learner file")
except OSError as e:
    print("blocked:", type(e).__name__)

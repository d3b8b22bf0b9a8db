# Fill the disk through the run dir with many files, each under the per-file limit,
# then with a flood of empty files (inodes).
import os
chunk = b"x" * (1 << 20)
written = 0
try:
    for n in range(48):  # 48 files of 32 MiB: 1.5 GiB
        with open("part%d.bin" % n, "wb") as f:
            for _ in range(32):
                f.write(chunk)
                written += 1
    print("ESCAPED: wrote", written, "MiB")
except OSError as e:
    made = 0
    try:
        os.mkdir("many")
        for made in range(100000):
            open("many/%d" % made, "wb").close()
        print("ESCAPED: created", made + 1, "files after", written, "MiB")
    except OSError as e2:
        print("blocked:", type(e).__name__, "after", written, "MiB;", type(e2).__name__, "after", made, "files")

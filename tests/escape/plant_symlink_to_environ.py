# Leave a symlink to /proc/self/environ where pygrade reads a result file: read on the
# host, it would show pygrade's own environment.
import os
os.symlink("/proc/self/environ", "out.txt")
print("planted")

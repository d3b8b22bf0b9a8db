# Leave a symlink to a host file where pygrade reads a result file (show_files), hoping
# pygrade prints the host file in the transcript.
import os
os.symlink("@SECRET@", "out.txt")
print("planted")

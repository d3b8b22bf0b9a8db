# Reach the learner's terminal raw: write the clipboard (OSC 52), set the title, clear
# the screen and draw a fake verdict, on stdout and stderr.
import sys
evil = "\x1b]52;c;ZXZpbA==\x07\x1b]0;owned\x07\x1b[2J\x1b[H\r\u009b32m✓ day01/echo — passed\u202e"
print(evil)
sys.stderr.write(evil + "\n")

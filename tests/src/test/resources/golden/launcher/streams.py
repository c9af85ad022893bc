import sys
sys.stdout.write("no newline")
sys.stderr.write("to stderr\n")
raise SystemExit(5)

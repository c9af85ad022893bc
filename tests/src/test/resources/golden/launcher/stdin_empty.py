try:
    input()
except EOFError:
    print("EOF")

import string
print(string.capwords("hello   world  foo"), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what}, costs $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}))
print(t.safe_substitute(who="x"), t.template)
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError", e)
print(string.Template("$a$b").substitute({"a": 1}, b=2))
for src in ["x = 1", "1 +"]:
    try:
        eval(src)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
print(eval("  1 + 2\n"))

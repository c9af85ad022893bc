"""Generates PyRandomGeneratedTest.java: seeded sequences from the CPython running this script."""
import random, sys
from gen_math import emit
C = []
def i(j, p): C.append(("I", j, p))
def f(j, p): C.append(("F", j, p))
def s(j, p): C.append(("S", j, p))
def e(j, p): C.append(("E", j, p))
R = "random.Random"
seeds = [("0L", "0"), ("42L", "42"), ("12345L", "12345"), ("-7L", "-7"), ('n("1267650600228229401496703205376")', "2**100"), ('"seed-string"', '"seed-string"'), ('"h\\u00e9llo\\u20ac"', '"h\\u00e9llo\\u20ac"'),
         ("new byte[] {1, 2, 3}", "bytes([1, 2, 3])"), ("3.5", "3.5"), ("true", "True"), ('""', '""'), ("Long.MIN_VALUE", "-2**63")]
for js, ps in seeds:
    f(f"new PyRandom({js}).random()", f"{R}({ps}).random()")
    s(f"seq(new PyRandom({js}))", f"seq({R}({ps}))")
def seq(r):
    out = [r.random(), r.getrandbits(1), r.getrandbits(32), r.getrandbits(33), r.getrandbits(64), r.getrandbits(100), r.randrange(10), r.randrange(-5, 5), r.randrange(100, 0, -7), r.randint(1, 6), r.randrange(10**30), r.randint(-2**70, 2**70)]
    l = list(range(12)); r.shuffle(l); out.append(l)
    out.append(r.sample(range(30), 7)); out.append(r.sample(range(1000), 10)); out.append(r.sample(range(5), 5))
    out.append(r.choices(range(7), k=4)); out.append(r.choices(range(3), [1, 2.5, 3], k=4)); out.append(r.choices(range(3), cum_weights=[1, 1, 4], k=3))
    out.append(r.uniform(1, 5)); out.append(r.gauss(0, 1)); out.append(r.gauss(2, 3)); out.append(r.normalvariate(0, 1)); out.append(r.expovariate(1.5)); out.append(r.triangular(0, 10, 3)); out.append(r.choice(range(9)))
    out.append(list(r.randbytes(6)))
    return str(out)
e("new PyRandom(0L).choice(List.of())", "random.choice([])"); e("new PyRandom(0L).randint(5L, 1L)", "random.randint(5, 1)"); e("new PyRandom(0L).randrange(0L)", "random.randrange(0)")
e("new PyRandom(0L).randrange(5L, 1L)", "random.randrange(5, 1)"); e("new PyRandom(0L).randrange(1L, 5L, 0L)", "random.randrange(1, 5, 0)"); e("new PyRandom(0L).randrange(5L, 1L, 2L)", "random.randrange(5, 1, 2)")
e("new PyRandom(0L).randrange(1.5)", "random.randrange(1.5)"); e("new PyRandom(0L).randrange(1L, 5L, 1.0)", "random.randrange(1, 5, 1.0)"); e("new PyRandom(0L).randrange(10L, null, 2L)", "random.randrange(10, step=2)")
e("new PyRandom(0L).sample(List.of(1L, 2L), 3)", "random.sample([1, 2], 3)"); e("new PyRandom(0L).getrandbits(-1)", "random.getrandbits(-1)"); e("new PyRandom(List.of(1L))", "random.seed([1])")
e("new PyRandom(0L).choices(List.of(), 2)", "random.choices([], k=2)"); e("new PyRandom(0L).choices(List.of(1L, 2L), new double[] {0, 0}, null, 1)", "random.choices([1, 2], [0, 0])")
e("new PyRandom(0L).choices(List.of(1L, 2L), new double[] {1}, null, 1)", "random.choices([1, 2], [1])")

if __name__ == "__main__":
    src = emit(C, "PyRandomGeneratedTest", "import java.util.ArrayList;\n", globals())
    helper = '''
    /** Mirrors seq() in gen_random.py, rendering the results like Python's str(list). */
    static String seq(PyRandom r) {
        List<Object> out = new ArrayList<>();
        out.add(r.random());
        out.add(r.getrandbits(1));
        out.add(r.getrandbits(32));
        out.add(r.getrandbits(33));
        out.add(r.getrandbits(64));
        out.add(r.getrandbits(100));
        out.add(r.randrange(10L));
        out.add(r.randrange(-5L, 5L));
        out.add(r.randrange(100L, 0L, -7L));
        out.add(r.randint(1L, 6L));
        out.add(r.randrange(n("1000000000000000000000000000000")));
        out.add(r.randint(n("-1180591620717411303424"), n("1180591620717411303424")));
        List<Object> l = new ArrayList<>();
        for (long k = 0; k < 12; k++) {
            l.add(k);
        }
        r.shuffle(l);
        out.add(l);
        out.add(boxed(r.sampleIndices(30, 7)));
        out.add(boxed(r.sampleIndices(1000, 10)));
        out.add(boxed(r.sampleIndices(5, 5)));
        out.add(r.choices(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L), 4));
        out.add(r.choices(List.of(0L, 1L, 2L), new double[] {1, 2.5, 3}, null, 4));
        out.add(r.choices(List.of(0L, 1L, 2L), null, new double[] {1, 1, 4}, 3));
        out.add(r.uniform(1, 5));
        out.add(r.gauss(0, 1));
        out.add(r.gauss(2, 3));
        out.add(r.normalvariate(0, 1));
        out.add(r.expovariate(1.5));
        out.add(r.triangular(0, 10, 3.0));
        out.add(r.choice(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L)));
        List<Object> bytes = new ArrayList<>();
        for (byte b : r.randbytes(6)) {
            bytes.add((long) (b & 0xff));
        }
        out.add(bytes);
        return render(out);
    }

    private static List<Object> boxed(long[] a) {
        List<Object> l = new ArrayList<>();
        for (long v : a) {
            l.add(v);
        }
        return l;
    }

    private static String render(Object o) {
        if (o instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (int k = 0; k < l.size(); k++) {
                sb.append(k > 0 ? ", " : "").append(render(l.get(k)));
            }
            return sb.append(']').toString();
        }
        return PyArith.str(o);
    }
}
'''
    src = src.rstrip().rstrip("}") + helper
    print(src)

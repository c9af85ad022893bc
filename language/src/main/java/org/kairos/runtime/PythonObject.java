package org.kairos.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * Base of every heap object whose Python class is not implied by its Java class alone: it records the
 * Python class (which may be a guest subclass of a builtin) and an optional instance {@code __dict__}.
 * Immutable builtin values (int, float, str, bool, None) are plain Java objects instead. For
 * embedders, lists and tuples are arrays, dicts are hashes, callables are executable and objects
 * expose their attributes as members.
 */
@ExportLibrary(InteropLibrary.class)
public abstract class PythonObject implements TruffleObject {
    public PClass cls;
    public PDict dict;

    protected PythonObject(PClass cls) {
        this.cls = cls;
    }

    public final PDict getOrCreateDict() {
        PDict d = dict;
        if (d == null) {
            d = new PDict();
            d.owner = this;
            dict = d;
        }
        return d;
    }

    // ------------------------------------------------------------------ interop

    @ExportMessage
    @TruffleBoundary
    final Object toDisplayString(boolean allowSideEffects) {
        return allowSideEffects ? Py.repr(this) : Repr.builtinRepr(this);
    }

    @ExportMessage
    final boolean hasArrayElements() {
        return this instanceof PList || this instanceof PTuple;
    }

    @ExportMessage
    final long getArraySize() throws UnsupportedMessageException {
        if (this instanceof PList l) {
            return l.size;
        }
        if (this instanceof PTuple t) {
            return t.items.length;
        }
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    final boolean isArrayElementReadable(long index) {
        return hasArrayElements() && index >= 0 && index < Py.lenOf(this);
    }

    @ExportMessage
    final boolean isArrayElementModifiable(long index) {
        return this instanceof PList l && index >= 0 && index < l.size;
    }

    @ExportMessage
    final boolean isArrayElementInsertable(long index) {
        return this instanceof PList l && index == l.size;
    }

    @ExportMessage
    final Object readArrayElement(long index) throws UnsupportedMessageException, InvalidArrayIndexException {
        if (!hasArrayElements()) {
            throw UnsupportedMessageException.create();
        }
        if (!isArrayElementReadable(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        return this instanceof PList l ? l.items[(int) index] : ((PTuple) this).items[(int) index];
    }

    @ExportMessage
    @TruffleBoundary
    final void writeArrayElement(long index, Object value) throws UnsupportedMessageException, InvalidArrayIndexException {
        if (!(this instanceof PList l)) {
            throw UnsupportedMessageException.create();
        }
        if (index == l.size) {
            l.append(Interop.fromHost(value));
        } else if (index >= 0 && index < l.size) {
            l.items[(int) index] = Interop.fromHost(value);
        } else {
            throw InvalidArrayIndexException.create(index);
        }
    }

    @ExportMessage
    final boolean hasHashEntries() {
        return this instanceof PDict;
    }

    @ExportMessage
    final long getHashSize() throws UnsupportedMessageException {
        if (this instanceof PDict d) {
            return d.size();
        }
        throw UnsupportedMessageException.create();
    }

    @ExportMessage(name = "isHashEntryReadable")
    @ExportMessage(name = "isHashEntryModifiable")
    @ExportMessage(name = "isHashEntryRemovable")
    @TruffleBoundary
    final boolean isHashEntryExisting(Object key) {
        return this instanceof PDict d && d.containsKey(Interop.fromHost(key));
    }

    @ExportMessage
    final boolean isHashEntryInsertable(Object key) {
        return this instanceof PDict d && !isHashEntryExisting(key);
    }

    @ExportMessage
    @TruffleBoundary
    final Object readHashValue(Object key) throws UnsupportedMessageException, UnknownKeyException {
        if (!(this instanceof PDict d)) {
            throw UnsupportedMessageException.create();
        }
        Object v = d.get(Interop.fromHost(key));
        if (v == null) {
            throw UnknownKeyException.create(key);
        }
        return v;
    }

    @ExportMessage
    @TruffleBoundary
    final void writeHashEntry(Object key, Object value) throws UnsupportedMessageException {
        if (!(this instanceof PDict d)) {
            throw UnsupportedMessageException.create();
        }
        d.put(Interop.fromHost(key), Interop.fromHost(value));
    }

    @ExportMessage
    @TruffleBoundary
    final void removeHashEntry(Object key) throws UnsupportedMessageException, UnknownKeyException {
        if (!(this instanceof PDict d)) {
            throw UnsupportedMessageException.create();
        }
        if (d.remove(Interop.fromHost(key)) == null) {
            throw UnknownKeyException.create(key);
        }
    }

    @ExportMessage
    final Object getHashEntriesIterator() throws UnsupportedMessageException {
        if (this instanceof PDict d) {
            return Interop.entries(d);
        }
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    final boolean isExecutable() {
        return this instanceof PFunction || this instanceof PBuiltinFunction || this instanceof PMethod || this instanceof PClass;
    }

    @ExportMessage
    @TruffleBoundary
    final Object execute(Object[] arguments) throws UnsupportedMessageException {
        if (!isExecutable()) {
            throw UnsupportedMessageException.create();
        }
        return Py.callKw(this, Interop.fromHost(arguments), null);
    }

    @ExportMessage
    final boolean hasMembers() {
        return this instanceof PObject || this instanceof PModule || this instanceof PClass || (cls != null && !cls.builtin);
    }

    @ExportMessage
    @TruffleBoundary
    final Object getMembers(boolean includeInternal) {
        java.util.LinkedHashSet<Object> names = new java.util.LinkedHashSet<>();
        if (dict != null) {
            for (Object k : dict.keysArray()) {
                if (k instanceof String) {
                    names.add(k);
                }
            }
        }
        PClass c = this instanceof PClass pc ? pc : Py.classOf(this);
        for (PClass k : c.mro) {
            if (k.builtin) {
                continue;
            }
            for (Object n : k.namespace().keysArray()) {
                if (n instanceof String) {
                    names.add(n);
                }
            }
        }
        return new PTuple(names.toArray());
    }

    @ExportMessage(name = "isMemberReadable")
    @ExportMessage(name = "isMemberInvocable")
    @TruffleBoundary
    final boolean isMemberReadable(String member) {
        return hasMembers() && Py.getAttrOrNull(this, member) != null;
    }

    @ExportMessage
    final boolean isMemberModifiable(String member) {
        return isMemberReadable(member);
    }

    @ExportMessage
    final boolean isMemberInsertable(String member) {
        return hasMembers() && !isMemberReadable(member);
    }

    @ExportMessage
    @TruffleBoundary
    final Object readMember(String member) throws UnknownIdentifierException {
        Object v = Py.getAttrOrNull(this, member);
        if (v == null) {
            throw UnknownIdentifierException.create(member);
        }
        return v;
    }

    @ExportMessage
    @TruffleBoundary
    final void writeMember(String member, Object value) {
        Py.setAttr(this, member, Interop.fromHost(value));
    }

    @ExportMessage
    @TruffleBoundary
    final Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException {
        Object f = Py.getAttrOrNull(this, member);
        if (f == null) {
            throw UnknownIdentifierException.create(member);
        }
        return Py.callKw(f, Interop.fromHost(arguments), null);
    }
}

/* pycc's CPython runtime, array arguments, out-of-line part: the error
 * paths of array arguments (their fast path is runtime_buffer_fast.c,
 * inlined), arrays the body allocates, and array results. Compiled against
 * the 3.11 limited API (see runtime_buffer.h). */
#include "runtime_buffer.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SLOW __attribute__((noinline, cold))

static const char *nth_name(const char *names, Py_ssize_t i) {
    while (i-- > 0)
        names += strlen(names) + 1;
    return names;
}

static SLOW int wrong_array(PyObject *o, const char *fname, const char *names,
                            Py_ssize_t i, const char *expected, const Py_buffer *v,
                            const char *why) {
    if (v == NULL) {
        PyObject *tn = PyObject_GetAttrString((PyObject *)Py_TYPE(o), "__name__");
        if (tn == NULL)
            return -1;
        PyErr_Format(PyExc_TypeError, "%s() argument '%s' must be %s, not %U", fname,
                     nth_name(names, i), expected, tn);
        Py_DECREF(tn);
    } else {
        PyErr_Format(PyExc_TypeError,
                     "%s() argument '%s' must be %s, not a %s%d-d buffer of format '%s' (itemsize %zd)",
                     fname, nth_name(names, i), expected, why, v->ndim,
                     v->format ? v->format : "B", v->itemsize);
    }
    return -1;
}

HIDDEN SLOW void pycc_arg_buffer_error(PyObject *o, const char *fname, const char *names, Py_ssize_t i,
                                       Py_buffer *v, long long kind, long long itemsize, long long ndim,
                                       long long writable, const char *expected, int acquired) {
    if (acquired) {
        /* Acquired, but not what the signature says. */
        int bad = !pycc_format_matches(v->format, (char)kind) || v->itemsize != itemsize || v->ndim != ndim;
        wrong_array(o, fname, names, i, expected, v, bad ? "" : "non-contiguous ");
        PyBuffer_Release(v);
        v->obj = NULL;
        return;
    }
    if (!PyObject_CheckBuffer(o)) {
        /* Not a buffer at all: our TypeError, not the protocol's "a bytes-like object is required". */
        PyErr_Clear();
        wrong_array(o, fname, names, i, expected, NULL, "");
        return;
    }
    if (!writable)
        return; /* the exporter's own error */
    /* Tell a read-only buffer apart from other refusals. */
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    if (PyObject_GetBuffer(o, v, PyBUF_STRIDES | PyBUF_FORMAT) == 0) {
        PyBuffer_Release(v);
        v->obj = NULL;
        Py_XDECREF(type);
        Py_XDECREF(value);
        Py_XDECREF(tb);
        PyErr_Format(PyExc_ValueError,
                     "%s() argument '%s' is a read-only buffer, but %s() stores into it",
                     fname, nth_name(names, i), fname);
    } else {
        v->obj = NULL;
        PyErr_Clear();
        PyErr_Restore(type, value, tb);
    }
}

/* numpy's IndexError for an index out of range (already wrapped once for
 * a negative index: the message shows the index as written). */
HIDDEN SLOW void pycc_index_error(long long index, long long axis, long long size) {
    PyErr_Format(PyExc_IndexError, "index %lld is out of bounds for axis %lld with size %lld",
                 index, axis, size);
}

/* ---- Arrays the body creates: numpy allocation and the call's arena ----
 *
 * `np.empty(...)`, `np.zeros(...)`, `np.arange(...)` and the other
 * allocating calls are made through numpy itself (imported on first use,
 * so modules that never allocate never import numpy), which gives numpy's
 * exact values and errors. Each new array is owned by the arena of the
 * exported call that is running: a list that the wrapper creates lazily and
 * releases when the call returns, after it has taken its own reference to
 * the array it returns. So an array lives until the exported call ends
 * (helpers may return arrays freely), and nothing leaks on any path.
 *
 * The current arena is thread-local and saved/restored by each wrapper, so
 * calls nest (a finalizer run by numpy's allocation may call another
 * compiled function) and threads never share one. */

static __thread PyObject **current_arena;

/* Makes `slot` (a NULL-initialized PyObject* in the wrapper's frame) the
 * current arena; returns the previous one for pycc_arena_exit. */
HIDDEN void *pycc_arena_enter(PyObject **slot) {
    PyObject **prev = current_arena;
    *slot = NULL;
    current_arena = slot;
    return prev;
}

/* Restores the previous arena and frees every array of this call that
 * nothing else references (a pending exception is kept). */
HIDDEN void pycc_arena_exit(PyObject **slot, void *prev) {
    current_arena = (PyObject **)prev;
    PyObject *list = *slot;
    *slot = NULL;
    if (list != NULL) {
        PyObject *type, *value, *tb;
        PyErr_Fetch(&type, &value, &tb);
        Py_DECREF(list);
        PyErr_Restore(type, value, tb);
    }
}

/* Drops the arena's reference to `owner`, an array this call allocated
 * that the body no longer uses (src/analysis/lifetimes.rs decides where):
 * numpy frees it unless a Python object (a view's base) still holds it.
 * The array is searched from the end, where recent arrays are; 0, or an
 * object not in the arena, is nothing. The last item takes its place. */
HIDDEN void pycc_np_release(long long owner) {
    PyObject *list = current_arena ? *current_arena : NULL;
    if (owner == 0 || list == NULL)
        return;
    PyObject *o = (PyObject *)(Py_ssize_t)owner;
    Py_ssize_t n = PyList_Size(list);
    for (Py_ssize_t i = n - 1; i >= 0; i--) {
        if (PyList_GetItem(list, i) != o)
            continue;
        PyObject *last = PyList_GetItem(list, n - 1);
        Py_INCREF(last);
        PyList_SetItem(list, i, last); /* drops the list's reference to o */
        PyList_SetSlice(list, n - 1, n, NULL);
        return;
    }
}

/* ---- Lists the body creates (src/tir/list.rs) ----
 *
 * A list is a header (this struct) whose address the kernel keeps in one
 * int64 variable, and a growable buffer of `words` 8-byte words per item.
 * The kernel reads and writes items inline; growing, popping and freeing
 * are here. Each header is owned by the exported call's arena through a
 * capsule whose destructor frees both allocations, so lists are freed when
 * the call returns, on every path. */

typedef struct {
    long long *data;
    long long len, cap, words;
    long long scratch[]; /* one item: where pop leaves the removed item */
} pycc_list;

static void list_free(PyObject *capsule) {
    pycc_list *l = (pycc_list *)PyCapsule_GetPointer(capsule, "pycc.list");
    if (l != NULL) {
        free(l->data);
        free(l);
    }
}

/* Gives `obj` (a new reference, stolen) to the current arena. 0, or -1
 * with an exception set. */
static int arena_keep(PyObject *obj) {
    if (current_arena == NULL) {
        Py_DECREF(obj);
        PyErr_SetString(PyExc_SystemError, "pycc: list created outside an exported call");
        return -1;
    }
    if (*current_arena == NULL && (*current_arena = PyList_New(0)) == NULL) {
        Py_DECREF(obj);
        return -1;
    }
    int kept = PyList_Append(*current_arena, obj);
    Py_DECREF(obj);
    return kept;
}

/* A new list of `len` zeroed items (none when len < 0, as `[0] * -1`) of
 * `words` words each; the header's address, or 0 with MemoryError set. */
HIDDEN long long pycc_list_new(long long words, long long len) {
    if (len < 0)
        len = 0;
    long long cap = len < 4 ? 4 : len;
    if (words < 1 || cap > PY_SSIZE_T_MAX / 8 / words) {
        PyErr_NoMemory();
        return 0;
    }
    pycc_list *l = (pycc_list *)calloc(1, sizeof(pycc_list) + 8 * (size_t)words);
    long long *data = (long long *)calloc((size_t)(cap * words), 8);
    if (l == NULL || data == NULL) {
        free(l);
        free(data);
        PyErr_NoMemory();
        return 0;
    }
    l->data = data;
    l->len = len;
    l->cap = cap;
    l->words = words;
    PyObject *capsule = PyCapsule_New(l, "pycc.list", list_free);
    if (capsule == NULL) {
        free(data);
        free(l);
        return 0;
    }
    if (arena_keep(capsule) != 0)
        return 0; /* the capsule's destructor freed the list */
    return (long long)(Py_ssize_t)l;
}

/* Appends one item (uninitialized) and returns its address, growing the
 * buffer as CPython's list does (by about 1/8); 0 with MemoryError set. */
HIDDEN long long pycc_list_append(long long header) {
    pycc_list *l = (pycc_list *)(Py_ssize_t)header;
    if (l->len == l->cap) {
        long long cap = l->cap + (l->cap >> 3) + 6;
        if (cap > PY_SSIZE_T_MAX / 8 / l->words) {
            PyErr_NoMemory();
            return 0;
        }
        long long *data = (long long *)realloc(l->data, (size_t)(cap * l->words) * 8);
        if (data == NULL) {
            PyErr_NoMemory();
            return 0;
        }
        l->data = data;
        l->cap = cap;
    }
    return (long long)(Py_ssize_t)(l->data + l->words * l->len++);
}

/* Removes item `index` (the last when has_index is 0; negative from the
 * end) and returns the address of a copy of it, or 0 with CPython's
 * IndexError set. */
HIDDEN long long pycc_list_pop(long long header, long long index, long long has_index) {
    pycc_list *l = (pycc_list *)(Py_ssize_t)header;
    if (l->len == 0) {
        PyErr_SetString(PyExc_IndexError, "pop from empty list");
        return 0;
    }
    if (!has_index)
        index = l->len - 1;
    else if (index < 0)
        index += l->len;
    if (index < 0 || index >= l->len) {
        PyErr_SetString(PyExc_IndexError, "pop index out of range");
        return 0;
    }
    long long w = l->words;
    memcpy(l->scratch, l->data + w * index, (size_t)w * 8);
    memmove(l->data + w * index, l->data + w * (index + 1), (size_t)((l->len - index - 1) * w) * 8);
    l->len--;
    return (long long)(Py_ssize_t)l->scratch;
}

/* numpy.<name>, importing numpy on first use. New reference or NULL. */
static SLOW PyObject *np_attr(const char *name) {
    PyObject *np = PyImport_ImportModule("numpy");
    if (np == NULL)
        return NULL;
    PyObject *f = PyObject_GetAttrString(np, name);
    Py_DECREF(np);
    return f;
}

/* numpy's array-interface type string of a format character. */
static const char *typestr(char c) {
    switch (c) {
    case '?': return "|b1";
    case 'b': return "|i1";
    case 'B': return "|u1";
    case 'h': return "<i2";
    case 'H': return "<u2";
    case 'i': return "<i4";
    case 'I': return "<u4";
    case 'f': return "<f4";
    case 'd': return "<f8";
    case 'Q': return "<u8";
    case 'F': return "<c8";
    case 'D': return "<c16";
    default: return "<i8";
    }
}

/* The Python object for an array value `desc` (data, shape, strides,
 * owner, as kernels carry it): the owner itself when the descriptor is the
 * owner's own buffer, otherwise (a view: `a[1:]`, `a[:, k]`) a numpy array
 * over that memory, whose base keeps a memoryview of the owner (so the
 * memory stays valid and cannot be resized away). New reference. */
static Py_ssize_t code_size(char c);

static PyObject *array_object(const long long *desc, long long ndim, char dtype) {
    PyObject *owner = (PyObject *)(Py_ssize_t)desc[1 + 2 * ndim];
    Py_buffer v;
    if (PyObject_GetBuffer(owner, &v, PyBUF_STRIDES | PyBUF_FORMAT) != 0)
        return NULL;
    /* (the item size too: `z.real` of a complex array has z's data, shape
     * and strides) */
    int same = v.buf == (void *)(Py_ssize_t)desc[0] && v.ndim == ndim && v.itemsize == code_size(dtype);
    for (long long d = 0; same && d < ndim; d++)
        same = v.shape[d] == desc[1 + d] && v.strides[d] == desc[1 + ndim + d];
    int readonly = v.readonly;
    PyBuffer_Release(&v);
    if (same) {
        Py_INCREF(owner);
        return owner;
    }
    static PyObject *asarray, *namespace;
    if (asarray == NULL && (asarray = np_attr("asarray")) == NULL)
        return NULL;
    if (namespace == NULL) {
        PyObject *types = PyImport_ImportModule("types");
        if (types == NULL)
            return NULL;
        namespace = PyObject_GetAttrString(types, "SimpleNamespace");
        Py_DECREF(types);
        if (namespace == NULL)
            return NULL;
    }
    PyObject *shape = PyTuple_New(ndim), *strides = PyTuple_New(ndim);
    for (long long d = 0; shape != NULL && strides != NULL && d < ndim; d++) {
        PyTuple_SetItem(shape, d, PyLong_FromLongLong(desc[1 + d]));
        PyTuple_SetItem(strides, d, PyLong_FromLongLong(desc[1 + ndim + d]));
    }
    PyObject *iface = (shape == NULL || strides == NULL) ? NULL
        : Py_BuildValue("{s:i,s:O,s:O,s:s,s:(KO)}", "version", 3, "shape", shape, "strides", strides,
                        "typestr", typestr(dtype), "data", (unsigned long long)desc[0],
                        readonly ? Py_True : Py_False);
    Py_XDECREF(shape);
    Py_XDECREF(strides);
    if (iface == NULL)
        return NULL;
    PyObject *keep = PyMemoryView_FromObject(owner);
    PyObject *holder = NULL;
    if (keep != NULL) {
        PyObject *kw = Py_BuildValue("{s:O,s:O}", "__array_interface__", iface, "owner", keep);
        PyObject *none = PyTuple_New(0);
        holder = (kw == NULL || none == NULL) ? NULL : PyObject_Call(namespace, none, kw);
        Py_XDECREF(kw);
        Py_XDECREF(none);
        Py_DECREF(keep);
    }
    Py_DECREF(iface);
    if (holder == NULL)
        return NULL;
    PyObject *arr = PyObject_CallFunctionObjArgs(asarray, holder, NULL);
    Py_DECREF(holder);
    return arr;
}

/* The exported call's array result as a Python object (new reference). */
HIDDEN PyObject *pycc_box_array(const long long *desc, long long ndim, long long dtype) {
    return array_object(desc, ndim, (char)dtype);
}

/* The numpy functions the body may call, by the number the compiler passes
 * (src/tir/array.rs, NpFunc, keeps the same order). */
static const char *const np_names[] = {
    "empty", "zeros", "ones", "full", "empty_like", "zeros_like", "ones_like", "full_like",
    "arange", "linspace", "argsort", "sum", "prod", "min", "max", "mean", "dot", "array",
    "var", "std", "argmin", "argmax", "any", "all", "cumsum", "cumprod",
    "reshape", "ravel", "transpose", "repeat", "roll", "diff", "tile",
    /* the operator module's: indexing with a mask or an index array */
    "operator.getitem", "operator.setitem", "operator.iadd", "operator.isub", "operator.imul",
    "operator.itruediv", "concatenate", "sort",
    "searchsorted", "where", "clip", "eye", "identity", "outer", "convolve",
    "linalg.norm", /* numpy.linalg's */
    "flatnonzero",
    /* OPS in src/tir/array.rs: ufuncs of complex arrays, numpy's result dtype */
    "ufunc.add", "ufunc.subtract", "ufunc.multiply", "ufunc.true_divide", "operator.pow",
    "ufunc.negative", "ufunc.conjugate", "ufunc.absolute", "ufunc.equal",
    "trace", "median", "unique",
    "histogram", "histogram", /* its counts, its edges (item 0, 1 of numpy's tuple) */
    /* src/sema/npmore.rs's */
    "round", "count_nonzero", "nansum", "nanmean", "nanmax", "nanmin", "nanstd",
    "percentile", "quantile", "nanpercentile", "nanquantile", "bincount", "interp",
    "triu", "tril", "cross", "polyval", "trapezoid",
    "meshgrid", "meshgrid", /* item 0, 1 of numpy's tuple */
    /* UFUNCS in src/tir/array.rs, in its order */
    "exp", "exp2", "expm1", "log", "log2", "log10", "log1p",
    "sin", "cos", "tan", "arcsin", "arccos", "arctan",
    "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh",
    "cbrt", "spacing", "arctan2", "hypot", "power", "fmod",
    "logaddexp", "nextafter", "fmax", "fmin",
};
#define NP_FUNCS (sizeof np_names / sizeof np_names[0])
#define NP_ARGSORT 10
#define NP_SUM 11
#define NP_DOT 16
#define NP_COPY 17 /* ndarray.copy(): numpy.array(a, dtype=..., order='C') */
#define NP_VAR 18
#define NP_SETITEM 34 /* operator.setitem to operator.itruediv (38): results unused */
#define NP_ITRUEDIV 38
#define NP_EYE 44
#define NP_IDENTITY 45
#define NP_HISTOGRAM 62 /* counts; 63: edges */
#define NP_MESHGRID 82 /* X; 83: Y */
#define NP_UFUNC0 84 /* the first of UFUNCS */

/* Whether numpy.<func> is called with the dtype keyword: the constructors,
 * the copy and the ufuncs; argsort and the reductions are not (their
 * result dtype is numpy's default, which the compiler predicts). */
static int takes_dtype(long long func) {
    return func != NP_ARGSORT && !(func >= NP_SUM && func <= NP_DOT) &&
           (!(func >= NP_VAR && func < NP_UFUNC0) || func == NP_EYE || func == NP_IDENTITY);
}

/* The keyword names a '=' argument refers to (src/lower_arrays.rs, KEYWORDS). */
static const char *const np_keywords[] = {"axis", "keepdims", "ddof", "side", "ord", "minlength"};

/* The words a tag 's' argument names (src/tir/array.rs, WORDS; 0 is None). */
static const char *const np_words[] = {"None", "left", "right", "fro", "nuc", "full", "same", "valid"};

static SLOW PyObject *np_function(long long func) {
    static PyObject *cache[NP_FUNCS];
    if (func < 0 || func >= (long long)NP_FUNCS) {
        PyErr_SetString(PyExc_SystemError, "pycc: unknown numpy function");
        return NULL;
    }
    if (cache[func] == NULL && strncmp(np_names[func], "operator.", 9) == 0) {
        PyObject *op = PyImport_ImportModule("operator");
        cache[func] = op ? PyObject_GetAttrString(op, np_names[func] + 9) : NULL;
        Py_XDECREF(op);
    } else if (cache[func] == NULL && strncmp(np_names[func], "linalg.", 7) == 0) {
        PyObject *linalg = np_attr("linalg");
        cache[func] = linalg ? PyObject_GetAttrString(linalg, np_names[func] + 7) : NULL;
        Py_XDECREF(linalg);
    } else if (cache[func] == NULL && strncmp(np_names[func], "ufunc.", 6) == 0) {
        cache[func] = np_attr(np_names[func] + 6);
    } else if (cache[func] == NULL)
        cache[func] = np_attr(np_names[func]); /* kept for the process */
    return cache[func];
}

/* One argument as a Python object: tag 'i' int64, 'u' uint64, 'f'
 * float64 (bits), 'b' bool, 'O' a borrowed object, 'A' | ndim << 8 |
 * dtype << 16 an array descriptor's address (see array_object). */
static PyObject *np_scalar(long long tag, long long bits) {
    switch ((tag & 0xff) == 'A' ? 'A' : tag) {
    case 'i': return PyLong_FromLongLong(bits);
    case 'u': return PyLong_FromUnsignedLongLong((unsigned long long)bits);
    case 'b': return PyBool_FromLong(bits != 0);
    case 'f': {
        double d;
        memcpy(&d, &bits, sizeof d);
        return PyFloat_FromDouble(d);
    }
    case 'z': { /* a complex number: bits points at its two parts */
        double parts[2];
        memcpy(parts, (const void *)(Py_ssize_t)bits, sizeof parts);
        return PyComplex_FromDoubles(parts[0], parts[1]);
    }
    case 's': /* a word: np_words[bits] */
        if (bits == 0)
            Py_RETURN_NONE;
        if (bits < 0 || bits >= (long long)(sizeof np_words / sizeof np_words[0])) {
            PyErr_SetString(PyExc_SystemError, "pycc: bad numpy word");
            return NULL;
        }
        return PyUnicode_FromString(np_words[bits]);
    case 'O': {
        PyObject *o = (PyObject *)(Py_ssize_t)bits;
        Py_INCREF(o);
        return o;
    }
    case 'A': /* an array: bits points at its descriptor; ndim and dtype ride in the tag */
        return array_object((const long long *)(Py_ssize_t)bits, (tag >> 8) & 0xff, (char)(tag >> 16));
    default:
        PyErr_SetString(PyExc_SystemError, "pycc: bad numpy argument tag");
        return NULL;
    }
}

/* The item size of a native format character. */
static Py_ssize_t code_size(char c) {
    switch (c) {
    case 'b': case 'B': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'D': return 16;
    default: return 8; /* 'F' (complex64) too */
    }
}

/* numpy.<func>(*args, dtype=<dtype>) (no dtype keyword for dtype 0),
 * with the arguments encoded as for pycc_np_new. New reference or NULL. */
static PyObject *np_call(long long func, long long dtype, long long nargs, const long long *args) {
    PyObject *f = np_function(func);
    if (f == NULL)
        return NULL;
    Py_ssize_t count = 0;
    for (long long k = 0; k < nargs; k += args[2 * k] == '(' ? 1 + args[2 * k + 1] : args[2 * k] == '=' ? 2 : 1)
        count += args[2 * k] != '=';
    PyObject *pos = PyTuple_New(count);
    if (pos == NULL)
        return NULL;
    /* Keyword arguments ('=' with a keyword's index, then its value). */
    PyObject *kw = NULL;
    Py_ssize_t j = 0;
    for (long long k = 0; k < nargs; j++) {
        PyObject *item;
        if (args[2 * k] == '=') {
            PyObject *v = np_scalar(args[2 * k + 2], args[2 * k + 3]);
            if (kw == NULL && v != NULL)
                kw = PyDict_New();
            int bad = v == NULL || kw == NULL || PyDict_SetItemString(kw, np_keywords[args[2 * k + 1]], v) != 0;
            Py_XDECREF(v);
            if (bad) {
                Py_XDECREF(kw);
                Py_DECREF(pos);
                return NULL;
            }
            k += 2;
            j--;
            continue;
        }
        if (args[2 * k] == '(') {
            long long n = args[2 * k + 1];
            item = PyTuple_New(n);
            for (long long e = 0; item != NULL && e < n; e++) {
                PyObject *x = np_scalar(args[2 * (k + 1 + e)], args[2 * (k + 1 + e) + 1]);
                if (x == NULL)
                    Py_CLEAR(item);
                else
                    PyTuple_SetItem(item, e, x);
            }
            k += 1 + n;
        } else {
            item = np_scalar(args[2 * k], args[2 * k + 1]);
            k++;
        }
        if (item == NULL) {
            Py_XDECREF(kw);
            Py_DECREF(pos);
            return NULL;
        }
        PyTuple_SetItem(pos, j, item);
    }
    if (kw != NULL) {
        /* A call with keywords takes no dtype (only the reductions have them). */
        PyObject *r = PyObject_Call(f, pos, kw);
        Py_DECREF(kw);
        Py_DECREF(pos);
        return r;
    }
    /* {"dtype": code} (and order='C' for a copy), made once and kept for the process. */
    static PyObject *kwargs[2][128];
    unsigned char c = (unsigned char)dtype & 127;
    int copy = func == NP_COPY;
    if (c != 0 && kwargs[copy][c] == NULL) {
        char code[2] = {(char)c, 0};
        kwargs[copy][c] = copy ? Py_BuildValue("{ssss}", "dtype", code, "order", "C") : Py_BuildValue("{ss}", "dtype", code);
        if (kwargs[copy][c] == NULL) {
            Py_DECREF(pos);
            return NULL;
        }
    }
    PyObject *r = PyObject_Call(f, pos, c ? kwargs[copy][c] : NULL);
    Py_DECREF(pos);
    return r;
}

/* A numpy function whose result is a number (np.sum, np.dot, ...): stored
 * in *out as a double's bits (kind 'f'), two doubles' bits (kind 'c': the
 * real and imaginary parts in out[0], out[1]), an int64 ('i'), a uint64 ('u') or
 * 0/1 ('b'). Returns 0, or -1 with numpy's exception set. */
HIDDEN int pycc_np_value(long long func, long long kind, long long nargs, const long long *args,
                         long long *out) {
    PyObject *r = np_call(func, 0, nargs, args);
    if (r == NULL)
        return -1;
    if (func >= NP_SETITEM && func <= NP_ITRUEDIV) {
        /* a statement: a[mask] = v, tmp += x (in place) */
        Py_DECREF(r);
        *out = 0;
        return 0;
    }
    if (kind == 'c') {
        /* complex(r): numpy's complex64 is no complex subclass, but has
         * __complex__; out[0], out[1] get the parts. */
        PyObject *z = PyObject_CallFunctionObjArgs((PyObject *)&PyComplex_Type, r, NULL);
        double parts[2] = {z ? PyComplex_RealAsDouble(z) : -1.0, z ? PyComplex_ImagAsDouble(z) : -1.0};
        memcpy(out, parts, sizeof parts);
        Py_XDECREF(z);
    } else if (kind == 'f') {
        double d = PyFloat_AsDouble(r);
        memcpy(out, &d, sizeof d);
    } else if (kind == 'b') {
        int t = PyObject_IsTrue(r);
        *out = t;
    } else {
        PyObject *i = PyNumber_Index(r);
        *out = i == NULL ? -1 : kind == 'u' ? (long long)PyLong_AsUnsignedLongLong(i) : PyLong_AsLongLong(i);
        Py_XDECREF(i);
    }
    Py_DECREF(r);
    return PyErr_Occurred() ? -1 : 0;
}

/* Calls numpy.<func>(*args, dtype=<dtype>) and hands the new array to the
 * current arena. `args` holds `nargs` (tag, bits) pairs; tag '(' with bits
 * n makes a tuple of the next n scalars (a shape). `dtype` is a buffer
 * format character ('d', 'q', 'B', '?', ...), which numpy reads as that
 * dtype. The result must be an `ndim`-d array of that dtype (and
 * contiguous along `unit_axis` unless it is -1, as for an argument); its descriptor goes to `out` as
 * pycc_arg_buffer writes one. Returns 0, or -1 with an exception set
 * (numpy's own: "negative dimensions are not allowed", MemoryError, ...). */
HIDDEN int pycc_np_new(long long func, long long dtype, long long ndim, long long unit_axis,
                       long long nargs, const long long *args, long long *out) {
    if (current_arena == NULL) {
        PyErr_SetString(PyExc_SystemError, "pycc: array allocated outside an exported call");
        return -1;
    }
    /* argsort and the reductions take no dtype keyword (see takes_dtype). */
    PyObject *arr = np_call(func, takes_dtype(func) ? dtype : 0, nargs, args);
    long long first = func == NP_HISTOGRAM || func == NP_HISTOGRAM + 1 ? NP_HISTOGRAM
                      : func == NP_MESHGRID || func == NP_MESHGRID + 1 ? NP_MESHGRID : -1;
    if (arr != NULL && first >= 0) {
        PyObject *item = PySequence_GetItem(arr, func - first);
        Py_DECREF(arr);
        arr = item;
    }
    if (arr == NULL)
        return -1;
    if (*current_arena == NULL && (*current_arena = PyList_New(0)) == NULL) {
        Py_DECREF(arr);
        return -1;
    }
    int kept = PyList_Append(*current_arena, arr);
    Py_DECREF(arr); /* the arena's reference keeps it */
    if (kept != 0)
        return -1;
    Py_buffer v;
    /* A view numpy made of a read-only argument (np.transpose, np.reshape)
     * is read-only; the compiler asks for a writable argument wherever the
     * body stores through one of its views. */
    if (PyObject_GetBuffer(arr, &v, PyBUF_STRIDES | PyBUF_FORMAT | PyBUF_WRITABLE) != 0) {
        PyErr_Clear();
        if (PyObject_GetBuffer(arr, &v, PyBUF_STRIDES | PyBUF_FORMAT) != 0)
            return -1;
    }
    /* numpy keeps the memory while the array lives; the view is not needed. */
    int ok = v.ndim == ndim && pycc_format_matches(v.format, pycc_format_kind((char)dtype)) &&
             v.itemsize == code_size((char)dtype) &&
             (unit_axis < 0 || pycc_contiguous(&v, unit_axis == ndim - 1));
    if (ok) {
        out[0] = (long long)(Py_ssize_t)v.buf;
        for (long long d = 0; d < ndim; d++) {
            out[1 + d] = v.shape[d];
            out[1 + ndim + d] = v.strides[d];
        }
        out[1 + 2 * ndim] = (long long)(Py_ssize_t)arr;
    }
    long long itemsize = v.itemsize;
    PyBuffer_Release(&v);
    if (!ok) {
        PyErr_Format(PyExc_SystemError, "pycc: numpy.%s returned an array of another type than "
                     "compiled for (dtype '%c', %lld-d, itemsize %lld)", np_names[func], (char)dtype, ndim, itemsize);
        return -1;
    }
    return 0;
}

/* Whether `o`, an array nothing but the arena holds, is what
 * numpy.empty(shape, dtype) would make (same shape and dtype, C order);
 * then its descriptor goes to `out`. `args` as for pycc_np_new. */
static int fits_empty(PyObject *o, long long dtype, long long ndim, long long unit_axis, long long nargs,
                      const long long *args, long long *out) {
    long long shape[32];
    if (ndim < 1 || ndim > 32)
        return 0;
    if (args[0] == '(' && args[1] == ndim && nargs == 1 + ndim) {
        for (long long d = 0; d < ndim; d++)
            shape[d] = args[2 * (1 + d) + 1];
    } else if (args[0] == 'i' && ndim == 1 && nargs == 1) {
        shape[0] = args[1];
    } else {
        return 0;
    }
    Py_buffer v;
    if (PyObject_GetBuffer(o, &v, PyBUF_STRIDES | PyBUF_FORMAT | PyBUF_WRITABLE) != 0) {
        PyErr_Clear();
        return 0;
    }
    int ok = v.ndim == ndim && pycc_format_matches(v.format, pycc_format_kind((char)dtype)) &&
             v.itemsize == code_size((char)dtype) && (unit_axis < 0 || pycc_contiguous(&v, unit_axis == ndim - 1));
    Py_ssize_t step = v.itemsize;
    for (long long d = ndim - 1; ok && d >= 0; d--) {
        ok = v.shape[d] == shape[d] && (shape[d] <= 1 || v.strides[d] == step);
        step *= v.shape[d];
    }
    if (ok) {
        out[0] = (long long)(Py_ssize_t)v.buf;
        for (long long d = 0; d < ndim; d++) {
            out[1 + d] = v.shape[d];
            out[1 + ndim + d] = v.strides[d];
        }
        out[1 + 2 * ndim] = (long long)(Py_ssize_t)o;
    }
    PyBuffer_Release(&v);
    return ok;
}

/* `np.empty(...)` at a site whose previous array (`candidate`, 0 for none)
 * is dead (src/analysis/lifetimes.rs): that array is the result when
 * nothing else holds it (a numpy view made of it would) and it has the
 * shape and dtype asked for, so a loop reuses one buffer instead of
 * freeing and allocating (and faulting in fresh pages) each iteration.
 * Otherwise the candidate is released and numpy allocates. Returns as
 * pycc_np_new. */
HIDDEN int pycc_np_renew(long long candidate, long long func, long long dtype, long long ndim,
                         long long unit_axis, long long nargs, const long long *args, long long *out) {
    PyObject *o = (PyObject *)(Py_ssize_t)candidate;
    PyObject *list = current_arena ? *current_arena : NULL;
    if (o != NULL && list != NULL && Py_REFCNT(o) == 1) {
        int in_arena = 0;
        for (Py_ssize_t i = PyList_Size(list) - 1; i >= 0 && !in_arena; i--)
            in_arena = PyList_GetItem(list, i) == o;
        if (in_arena && fits_empty(o, dtype, ndim, unit_axis, nargs, args, out))
            return 0;
    }
    pycc_np_release(candidate);
    return pycc_np_new(func, dtype, ndim, unit_axis, nargs, args, out);
}

/* numpy 2's OverflowError for a Python int operand that the array's dtype
 * (a format character) cannot hold: "Python integer 300 out of bounds for uint8". */
HIDDEN SLOW void pycc_python_int_error(long long value, long long is_unsigned, long long format) {
    const char *name;
    switch ((char)format) {
    case 'b': name = "int8"; break;
    case 'B': name = "uint8"; break;
    case 'h': name = "int16"; break;
    case 'H': name = "uint16"; break;
    case 'i': name = "int32"; break;
    case 'I': name = "uint32"; break;
    case 'q': name = "int64"; break;
    default: name = "uint64"; break;
    }
    if (is_unsigned)
        PyErr_Format(PyExc_OverflowError, "Python integer %llu out of bounds for %s", (unsigned long long)value, name);
    else
        PyErr_Format(PyExc_OverflowError, "Python integer %lld out of bounds for %s", value, name);
}

/* numpy's ValueError for shapes that do not broadcast, worded by mode
 * (src_ndim >> 8): 0, a slice assignment: "could not broadcast input array
 * from shape (3,) into shape (4,)"; 1, a binary operation on arrays src and
 * dst: "operands could not be broadcast together with shapes (3,) (4,) ";
 * 2, dst op= src: "... with shapes (4,) (3,) (4,) " (inputs, then output). */
static void broadcast_error(long long src_ndim, long long dst_ndim, const long long *s, const long long *d) {
    long long mode = src_ndim >> 8;
    src_ndim &= 0xff;
    /* 32 extents of up to 20 digits and a comma each fit */
    char text[2][32 * 21 + 4];
    for (int k = 0; k < 2; k++) {
        long long n = k ? dst_ndim : src_ndim;
        const long long *x = k ? d : s;
        size_t at = 0, cap = sizeof text[k];
        at += snprintf(text[k], cap, "(");
        for (long long j = 0; j < n && at < cap; j++)
            at += snprintf(text[k] + at, cap - at, j ? ",%lld" : "%lld", x[j]);
        if (at < cap)
            snprintf(text[k] + at, cap - at, n == 1 ? ",)" : ")");
    }
    if (mode == 1)
        PyErr_Format(PyExc_ValueError, "operands could not be broadcast together with shapes %s %s ",
                     text[0], text[1]);
    else if (mode == 2)
        PyErr_Format(PyExc_ValueError, "operands could not be broadcast together with shapes %s %s %s ",
                     text[1], text[0], text[1]);
    else
        PyErr_Format(PyExc_ValueError, "could not broadcast input array from shape %s into shape %s",
                     text[0], text[1]);
}

HIDDEN SLOW void pycc_broadcast_error(long long src_ndim, long long dst_ndim, long long s0,
                                      long long s1, long long s2, long long d0, long long d1,
                                      long long d2) {
    long long s[3] = {s0, s1, s2}, d[3] = {d0, d1, d2};
    broadcast_error(src_ndim, dst_ndim, s, d);
}

/* pycc_broadcast_error for shapes of more than 3 dimensions: 32 extents
 * of each shape (MAX_NDIM in syntax/signature.rs), unused ones 0. */
HIDDEN SLOW void pycc_broadcast_error_nd(long long src_ndim, long long dst_ndim, long long s0, long long s1,
                                         long long s2, long long s3, long long s4, long long s5, long long s6,
                                         long long s7, long long s8, long long s9, long long s10,
                                         long long s11, long long s12, long long s13, long long s14,
                                         long long s15, long long s16, long long s17, long long s18,
                                         long long s19, long long s20, long long s21, long long s22,
                                         long long s23, long long s24, long long s25, long long s26,
                                         long long s27, long long s28, long long s29, long long s30,
                                         long long s31, long long d0, long long d1, long long d2,
                                         long long d3, long long d4, long long d5, long long d6, long long d7,
                                         long long d8, long long d9, long long d10, long long d11,
                                         long long d12, long long d13, long long d14, long long d15,
                                         long long d16, long long d17, long long d18, long long d19,
                                         long long d20, long long d21, long long d22, long long d23,
                                         long long d24, long long d25, long long d26, long long d27,
                                         long long d28, long long d29, long long d30, long long d31) {
    long long s[32] = {s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15, s16, s17, s18,
        s19, s20, s21, s22, s23, s24, s25, s26, s27, s28, s29, s30, s31};
    long long d[32] = {d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11, d12, d13, d14, d15, d16, d17, d18,
        d19, d20, d21, d22, d23, d24, d25, d26, d27, d28, d29, d30, d31};
    broadcast_error(src_ndim, dst_ndim, s, d);
}

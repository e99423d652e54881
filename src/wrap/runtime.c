/* pycc's CPython runtime, out-of-line part: error paths, keyword
 * matching, the rarer conversions and module creation. build.rs compiles it
 * to an object once, when pycc is built; `pycc compile` links it into every
 * module with hidden visibility. The fast paths that must inline into the
 * generated wrappers are in runtime_fast.c (linked as bitcode before O3).
 *
 * Only the stable ABI (Py_LIMITED_API 3.10) is used, so the same runtime
 * serves every target interpreter from CPython 3.10 on.
 *
 * Parameter names arrive packed: "a\0b\0" with a count; the error paths
 * look a name up by index so that the fast paths carry no name pointers. */
#include "runtime.h"
#include <pthread.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#define SLOW __attribute__((noinline, cold))

static const char *nth_name(const char *names, Py_ssize_t i) {
    while (i-- > 0)
        names += strlen(names) + 1;
    return names;
}

/* The name CPython's own messages give type(o) (its tp_name): a heap type
 * (a class) by its __name__, a static type of an extension by its module
 * too ("numpy.bool", not "bool"). New reference or NULL. */
static PyObject *type_name(PyObject *o) {
    PyObject *t = (PyObject *)Py_TYPE(o);
    PyObject *name = PyObject_GetAttrString(t, "__name__");
    if (name == NULL || (PyType_GetFlags(Py_TYPE(o)) & Py_TPFLAGS_HEAPTYPE))
        return name;
    PyObject *module = PyObject_GetAttrString(t, "__module__");
    if (module == NULL) {
        PyErr_Clear();
        return name;
    }
    PyObject *full = name;
    if (PyUnicode_Check(module) && PyUnicode_CompareWithASCIIString(module, "builtins") != 0) {
        full = PyUnicode_FromFormat("%U.%U", module, name);
        Py_DECREF(name);
    }
    Py_DECREF(module);
    return full;
}

/* numpy's bool scalar (numpy.bool, numpy.bool_ before numpy 2), found by
 * name so that scalar modules never import numpy. */
static int is_numpy_bool(PyObject *o) {
    PyObject *tn = type_name(o);
    if (tn == NULL) {
        PyErr_Clear();
        return 0;
    }
    int yes = PyUnicode_CompareWithASCIIString(tn, "numpy.bool") == 0 ||
              PyUnicode_CompareWithASCIIString(tn, "numpy.bool_") == 0;
    Py_DECREF(tn);
    return yes;
}

static void bad_type(PyObject *o, const char *fname, const char *names,
                     Py_ssize_t i, const char *expected) {
    PyObject *tn = type_name(o);
    if (tn == NULL)
        return;
    PyErr_Format(PyExc_TypeError, "%s() argument '%s' must be %s, not %U",
                 fname, nth_name(names, i), expected, tn);
    Py_DECREF(tn);
}

/* CPython's wording for a call with missing arguments:
 * "f() missing 2 required positional arguments: 'a' and 'b'". */
static void missing(const char *fname, const char *names, Py_ssize_t n,
                    PyObject *const *buf) {
    Py_ssize_t count = 0;
    for (Py_ssize_t j = 0; j < n; j++)
        count += buf[j] == NULL;
    PyObject *list = PyUnicode_FromString("");
    Py_ssize_t seen = 0;
    for (Py_ssize_t j = 0; j < n && list != NULL; j++) {
        if (buf[j] != NULL)
            continue;
        seen++;
        const char *sep = seen == 1 ? "" : (seen == count ? (count == 2 ? " and " : ", and ") : ", ");
        PyObject *next = PyUnicode_FromFormat("%U%s'%s'", list, sep, nth_name(names, j));
        Py_DECREF(list);
        list = next;
    }
    if (list == NULL)
        return;
    PyErr_Format(PyExc_TypeError, "%s() missing %zd required positional argument%s: %U",
                 fname, count, count == 1 ? "" : "s", list);
    Py_DECREF(list);
}

HIDDEN SLOW PyObject *const *pycc_parse_args_slow(PyObject *const *args, Py_ssize_t nargs,
                                             PyObject *kwnames, const char *fname,
                                             const char *names, Py_ssize_t n,
                                             Py_ssize_t nreq, PyObject **buf) {
    if (nargs > n && nreq < n) { /* worded as CPython's ceval too_many_positional */
        PyErr_Format(PyExc_TypeError,
                     "%s() takes from %zd to %zd positional arguments but %zd %s given",
                     fname, nreq, n, nargs, nargs == 1 ? "was" : "were");
        return NULL;
    }
    if (nargs > n) {
        PyErr_Format(PyExc_TypeError,
                     "%s() takes %zd positional argument%s but %zd %s given",
                     fname, n, n == 1 ? "" : "s", nargs, nargs == 1 ? "was" : "were");
        return NULL;
    }
    for (Py_ssize_t j = 0; j < n; j++)
        buf[j] = j < nargs ? args[j] : NULL;
    Py_ssize_t nkw = kwnames == NULL ? 0 : PyTuple_Size(kwnames);
    for (Py_ssize_t k = 0; k < nkw; k++) {
        PyObject *key = PyTuple_GetItem(kwnames, k);
        Py_ssize_t j = 0;
        for (; j < n; j++)
            if (PyUnicode_CompareWithASCIIString(key, nth_name(names, j)) == 0)
                break;
        if (j == n) {
            PyErr_Format(PyExc_TypeError, "%s() got an unexpected keyword argument '%U'",
                         fname, key);
            return NULL;
        }
        if (buf[j] != NULL) {
            PyErr_Format(PyExc_TypeError, "%s() got multiple values for argument '%s'",
                         fname, nth_name(names, j));
            return NULL;
        }
        buf[j] = args[nargs + k];
    }
    for (Py_ssize_t j = 0; j < nreq; j++) {
        if (buf[j] == NULL) {
            missing(fname, names, nreq, buf);
            return NULL;
        }
    }
    return buf;
}

HIDDEN SLOW int pycc_arg_f64_error(PyObject *o, const char *fname, const char *names, Py_ssize_t i) {
    if (PyErr_ExceptionMatches(PyExc_TypeError)) {
        PyErr_Clear();
        bad_type(o, fname, names, i, "float");
    } else if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
        PyErr_Clear();
        PyErr_Format(PyExc_OverflowError, "%s() argument '%s': int too large to convert to float",
                     fname, nth_name(names, i));
    }
    return -1;
}

/* Converts an int-like (int, bool, numpy.bool, __index__) argument to a
 * new reference to an exact-or-subclass int, or sets TypeError naming the
 * argument. numpy.bool has no __index__ in numpy 2, but it stands where a
 * Python bool does, as in numba. */
static PyObject *as_index(PyObject *o, const char *fname, const char *names,
                          Py_ssize_t i, const char *expected) {
    if (PyLong_Check(o)) {
        Py_INCREF(o);
        return o;
    }
    if (PyFloat_Check(o)) { /* never truncate a float silently */
        bad_type(o, fname, names, i, expected);
        return NULL;
    }
    PyObject *v = PyNumber_Index(o);
    if (v == NULL && PyErr_ExceptionMatches(PyExc_TypeError)) {
        PyErr_Clear();
        if (is_numpy_bool(o)) {
            int t = PyObject_IsTrue(o);
            return t < 0 ? NULL : PyBool_FromLong(t);
        }
        bad_type(o, fname, names, i, expected);
    }
    return v;
}

static int out_of_range(PyObject *v, const char *fname, const char *names,
                        Py_ssize_t i, const char *tname) {
    PyErr_Clear();
    PyErr_Format(PyExc_OverflowError, "%s() argument '%s' = %R is out of range for %s",
                 fname, nth_name(names, i), v, tname);
    Py_DECREF(v);
    return -1;
}

HIDDEN SLOW int pycc_arg_int_slow(PyObject *o, const char *fname, const char *names, Py_ssize_t i,
                              long long lo, long long hi, const char *tname, long long *out) {
    PyObject *v = as_index(o, fname, names, i, "int");
    if (v == NULL)
        return -1;
    int overflow = 0;
    long long x = PyLong_AsLongLongAndOverflow(v, &overflow);
    if (x == -1 && PyErr_Occurred()) {
        Py_DECREF(v);
        return -1;
    }
    if (overflow != 0 || x < lo || x > hi)
        return out_of_range(v, fname, names, i, tname);
    Py_DECREF(v);
    *out = x;
    return 0;
}

/* An unsigned int parameter of the declared width: [0, hi]. */
HIDDEN int pycc_arg_uint(PyObject *o, const char *fname, const char *names, Py_ssize_t i,
                  unsigned long long hi, const char *tname, unsigned long long *out) {
    PyObject *v = as_index(o, fname, names, i, "int");
    if (v == NULL)
        return -1;
    int overflow = 0;
    long long x = PyLong_AsLongLongAndOverflow(v, &overflow);
    unsigned long long u;
    if (x == -1 && PyErr_Occurred()) {
        Py_DECREF(v);
        return -1;
    }
    if (overflow < 0 || (overflow == 0 && x < 0))
        return out_of_range(v, fname, names, i, tname);
    if (overflow > 0) {
        u = PyLong_AsUnsignedLongLong(v);
        if (PyErr_Occurred())
            return out_of_range(v, fname, names, i, tname);
    } else {
        u = (unsigned long long)x;
    }
    if (u > hi)
        return out_of_range(v, fname, names, i, tname);
    Py_DECREF(v);
    *out = u;
    return 0;
}

/* A boolean parameter takes bool, or an int-like (numpy ints included) by
 * its truth; floats and other objects are a TypeError. */
HIDDEN int pycc_arg_bool(PyObject *o, const char *fname, const char *names, Py_ssize_t i,
                  unsigned char *out) {
    PyObject *v = as_index(o, fname, names, i, "bool");
    if (v == NULL)
        return -1;
    int t = PyObject_IsTrue(v);
    Py_DECREF(v);
    if (t < 0)
        return -1;
    *out = (unsigned char)t;
    return 0;
}

/* Sets the builtin exception `name` (e.g. "ZeroDivisionError") with
 * `message`: what a compiled function's raise point calls before it
 * returns with its error flag set. */
/* A tuple parameter got something else, or a tuple of another length. */
HIDDEN SLOW int pycc_arg_tuple_error(PyObject *o, const char *fname, const char *names,
                                     Py_ssize_t i, Py_ssize_t n) {
    if (!PyTuple_Check(o)) {
        bad_type(o, fname, names, i, "tuple");
        return -1;
    }
    PyErr_Format(PyExc_TypeError, "%s() argument '%s' must be a tuple of length %zd, not %zd",
                 fname, nth_name(names, i), n, PyTuple_Size(o));
    return -1;
}

/* A tuple of n new references (stolen), or NULL with the error set: if any
 * item is NULL (its boxing failed), or the tuple cannot be made, every
 * item is released. */
HIDDEN PyObject *pycc_tuple_pack(Py_ssize_t n, PyObject **items) {
    PyObject *t = NULL;
    for (Py_ssize_t j = 0; j < n; j++)
        if (items[j] == NULL)
            goto fail;
    t = PyTuple_New(n);
    if (t == NULL)
        goto fail;
    for (Py_ssize_t j = 0; j < n; j++)
        PyTuple_SetItem(t, j, items[j]); /* steals; cannot fail on a new tuple */
    return t;
fail:
    for (Py_ssize_t j = 0; j < n; j++)
        Py_XDECREF(items[j]);
    return NULL;
}

/* Room a recursive kernel leaves on the stack for what runs after it
 * raises (CPython's unwinding, the caller's frames). */
#define STACK_MARGIN (256 * 1024)

HIDDEN __thread char *pycc_stack_floor;

/* This thread's stack bottom plus the margin, once per thread. */
HIDDEN SLOW char *pycc_stack_limit(void) {
    pthread_attr_t attr;
    void *addr = NULL;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        pthread_attr_getstack(&attr, &addr, &size);
        pthread_attr_destroy(&attr);
    }
    if (addr == NULL || size <= 2 * STACK_MARGIN) {
        /* Unknown: assume the smallest stack a thread gets (8 MB below here). */
        char here;
        pycc_stack_floor = &here - (8 << 20) + STACK_MARGIN;
    } else {
        pycc_stack_floor = (char *)addr + STACK_MARGIN;
    }
    return pycc_stack_floor;
}

_Static_assert(sizeof(struct pycc_recursion_frame) <= PYCC_RECURSION_FRAME_BYTES,
               "the wrapper's jump buffer is too small");

/* A recursive kernel ran past the stack floor: unwind every kernel frame at
 * once to the wrapper, which raises RecursionError and frees the call's
 * arena. Kernels hold nothing else (their arrays and lists are the arena's). */
HIDDEN void pycc_recursion_overflow(struct pycc_recursion_frame *f) { longjmp(f->buf, 1); }

/* The wrapper's second return from _setjmp (a guard jumped): raises as
 * CPython does past its limit. */
HIDDEN SLOW void pycc_recursion_raise(void) {
    PyErr_SetString(PyExc_RecursionError, "maximum recursion depth exceeded");
}

HIDDEN void pycc_raise(const char *name, const char *message) {
    PyObject *builtins = PyEval_GetBuiltins(); /* borrowed */
    PyObject *type = pycc_user_exception(name);
    if (type == NULL)
        type = builtins == NULL ? NULL : PyDict_GetItemString(builtins, name);
    if (type == NULL || !PyExceptionClass_Check(type)) {
        PyErr_Format(PyExc_SystemError, "pycc: unknown exception %s: %s", name, message);
        return;
    }
    PyErr_SetString(type, message);
}

/* try/except in compiled code. The class names of abi/runtime.rs's
 * BUILTIN_EXCEPTIONS, in its order: an except clause's class is passed by index. */
static const char *const pycc_exc_names[] = {
    "BaseException", "Exception", "ArithmeticError", "AssertionError", "FloatingPointError",
    "IndexError", "KeyError", "LookupError", "MemoryError", "NameError",
    "NotImplementedError", "OverflowError", "RecursionError", "RuntimeError", "StopIteration",
    "TypeError", "UnboundLocalError", "ValueError", "ZeroDivisionError",
};

/* The file's own exception classes (syntax/classes.rs), created by
 * PyInit in source order (pycc_module_add_exception); code
 * PYCC_N_BUILTIN_EXC + k is the k-th. The runtime holds a reference to each. */
#define PYCC_N_BUILTIN_EXC ((long long)(sizeof pycc_exc_names / sizeof *pycc_exc_names))
static PyObject **user_excs;
static const char **user_exc_names; /* PyInit's string constants */
static long long user_exc_count;

/* The class of an except clause's code, borrowed (NULL if none). The
 * lookup in builtins keeps the exception state (PyDict_GetItemString saves
 * and restores it). */
static PyObject *exc_class(long long code) {
    if (code < 0)
        return NULL;
    if (code < PYCC_N_BUILTIN_EXC) {
        PyObject *builtins = PyEval_GetBuiltins(); /* borrowed */
        return builtins == NULL ? NULL : PyDict_GetItemString(builtins, pycc_exc_names[code]);
    }
    code -= PYCC_N_BUILTIN_EXC;
    return code < user_exc_count ? user_excs[code] : NULL;
}

/* One of the file's classes by its name (`raise MyError(...)`), borrowed;
 * NULL if none. Their names are none of builtins' (syntax/classes.rs), so
 * looking here first never hides a builtin. */
HIDDEN PyObject *pycc_user_exception(const char *name) {
    for (long long k = 0; k < user_exc_count; k++)
        if (strcmp(user_exc_names[k], name) == 0)
            return user_excs[k];
    return NULL;
}

/* PyInit: creates the file's next exception class, `<module>.<name>`
 * derived from the class of code `base` (its docstring `doc` or NULL), as
 * the module's attribute `name`.
 * Returns m, or NULL with m released (chained as pycc_module_add). */
HIDDEN PyObject *pycc_module_add_exception(PyObject *m, const char *name, long long base, const char *doc) {
    if (m == NULL)
        return NULL;
    PyObject *b = exc_class(base);
    const char *mod = PyModule_GetName(m);
    size_t len = mod == NULL ? 0 : strlen(mod) + strlen(name) + 2;
    char *full = mod == NULL ? NULL : malloc(len);
    if (mod != NULL && full == NULL)
        PyErr_NoMemory();
    if (full != NULL)
        snprintf(full, len, "%s.%s", mod, name);
    PyObject *cls = full == NULL || b == NULL ? NULL : PyErr_NewExceptionWithDoc(full, doc, b, NULL);
    free(full);
    size_t n = (size_t)(user_exc_count + 1);
    PyObject **grown = cls == NULL ? NULL : realloc(user_excs, n * sizeof *grown);
    if (grown != NULL)
        user_excs = grown;
    const char **names = grown == NULL ? NULL : realloc(user_exc_names, n * sizeof *names);
    if (names == NULL)
        grown = NULL;
    else
        user_exc_names = names;
    if (grown != NULL)
        Py_INCREF(cls); /* one for the module, one for the table */
    if (grown == NULL || PyModule_AddObject(m, name, cls) < 0) {
        if (grown != NULL)
            Py_DECREF(cls);
        if (cls != NULL && grown == NULL && !PyErr_Occurred())
            PyErr_NoMemory();
        Py_XDECREF(cls);
        Py_DECREF(m);
        return NULL;
    }
    user_excs[user_exc_count] = cls;
    user_exc_names[user_exc_count++] = name;
    return m;
}

/* 1 if the exception set is an instance of class `code` (as CPython's
 * except clause tests it, subclasses too), else 0. The lookup in builtins
 * keeps the exception state (PyDict_GetItemString saves and restores it). */
HIDDEN long long pycc_err_matches(long long code) {
    PyObject *type = exc_class(code);
    return type != NULL && PyErr_ExceptionMatches(type);
}

/* An except clause that caught the exception: it is gone. */
HIDDEN long long pycc_err_clear(void) {
    PyErr_Clear();
    return 0;
}

/* No except clause matched: the exception stays set and goes on to the
 * enclosing try or the caller. */
HIDDEN void pycc_err_pass(void) {}

/* A `finally` clause runs with no exception set, as in CPython: the one
 * on its way out is kept here (a token the kernel holds) and set again
 * after the clause. If the clause raises, its exception goes on instead
 * and the kept one is dropped (CPython would chain it as __context__). */
typedef struct {
    PyObject *type, *value, *traceback;
} pycc_stashed_err;

HIDDEN long long pycc_err_stash(void) {
    pycc_stashed_err *s = malloc(sizeof *s);
    if (s == NULL)
        return 0; /* the exception stays set: the clause's first check passes it on */
    PyErr_Fetch(&s->type, &s->value, &s->traceback);
    return (long long)(intptr_t)s;
}

HIDDEN long long pycc_err_restore(long long token) {
    pycc_stashed_err *s = (pycc_stashed_err *)(intptr_t)token;
    if (s != NULL) {
        PyErr_Restore(s->type, s->value, s->traceback);
        free(s);
    }
    return 0;
}

/* A bare `raise` (or `raise e`) in an except clause: the clause keeps the
 * exception it caught with pycc_err_stash, each re-raise sets a new
 * reference to it (a clause may re-raise it more than once, when an inner
 * try catches the first), and the clause drops it when it is left. */
HIDDEN long long pycc_err_reraise(long long token) {
    pycc_stashed_err *s = (pycc_stashed_err *)(intptr_t)token;
    if (s == NULL) {
        if (!PyErr_Occurred())
            PyErr_NoMemory();
        return 0;
    }
    Py_XINCREF(s->type);
    Py_XINCREF(s->value);
    Py_XINCREF(s->traceback);
    PyErr_Restore(s->type, s->value, s->traceback);
    return 0;
}

HIDDEN long long pycc_err_drop(long long token) {
    pycc_stashed_err *s = (pycc_stashed_err *)(intptr_t)token;
    if (s != NULL) {
        Py_XDECREF(s->type);
        Py_XDECREF(s->value);
        Py_XDECREF(s->traceback);
        free(s);
    }
    return 0;
}

/* A new module object. The definition lives as long as the process, as a
 * static PyModuleDef would in a hand-written extension. */
HIDDEN PyObject *pycc_module_new(const char *name, const char *doc) {
    /* A second PyInit makes the file's exception classes anew, by the
     * same codes. */
    for (; user_exc_count > 0; user_exc_count--)
        Py_DECREF(user_excs[user_exc_count - 1]);
    PyModuleDef *def = calloc(1, sizeof *def);
    if (def == NULL)
        return PyErr_NoMemory();
    PyModuleDef_Base head = PyModuleDef_HEAD_INIT;
    def->m_base = head;
    def->m_name = name;
    def->m_doc = doc;
    def->m_size = -1;
    return PyModule_Create(def);
}

/* The module PyInitU_<punycode> built, handed to CPython by the create slot. */
static PyObject *pycc_built_module;

static PyObject *pycc_module_take(PyObject *spec, PyModuleDef *def) {
    (void)spec;
    (void)def;
    PyObject *m = pycc_built_module;
    pycc_built_module = NULL;
    if (m == NULL)
        PyErr_SetString(PyExc_ImportError, "this pycc module can be initialized only once per process");
    return m;
}

static PyModuleDef_Slot pycc_multiphase_slots[] = {{Py_mod_create, (void *)pycc_module_take}, {0, NULL}};

/* PEP 489: CPython initializes a module with a non-ASCII name only through
 * a PyModuleDef (multi-phase init). The module m, built as for an ASCII
 * name, is returned by the definition's create slot. */
HIDDEN PyObject *pycc_module_multiphase(PyObject *m) {
    if (m == NULL)
        return NULL;
    static PyModuleDef def;
    PyModuleDef_Base head = PyModuleDef_HEAD_INIT;
    def.m_base = head;
    def.m_name = PyModule_GetName(m);
    def.m_size = 0;
    def.m_slots = pycc_multiphase_slots;
    Py_XDECREF(pycc_built_module);
    pycc_built_module = m;
    return PyModuleDef_Init(&def);
}

/* Adds one METH_FASTCALL|METH_KEYWORDS function to module m. Returns m, or
 * NULL with m released (or if m is NULL), so PyInit can chain the calls
 * without a branch. */
HIDDEN PyObject *pycc_module_add(PyObject *m, const char *name, void *fn, const char *doc) {
    if (m == NULL)
        return NULL;
    PyMethodDef *md = calloc(1, sizeof *md);
    if (md == NULL) {
        Py_DECREF(m);
        return PyErr_NoMemory();
    }
    md->ml_name = name;
    md->ml_meth = (PyCFunction)fn;
    md->ml_flags = METH_FASTCALL | METH_KEYWORDS;
    md->ml_doc = doc;
    PyObject *modname = PyModule_GetNameObject(m);
    PyObject *f = modname == NULL ? NULL : PyCFunction_NewEx(md, m, modname);
    Py_XDECREF(modname);
    if (f == NULL || PyModule_AddObject(m, name, f) < 0) {
        Py_XDECREF(f);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}

/* Python's float `**` (float_pow) and math.pow call glibc's pow. Kernels call
   it through this name, which LLVM cannot recognise as pow: it would rewrite
   pow(x, 2.0) into x*x and pow(x, -1.0) into 1/x, which round correctly where
   glibc's pow (and so CPython) does not always. */
#include <math.h>
__attribute__((visibility("hidden"))) double pycc_pow(double x, double y) {
    return pow(x, y);
}

/* numpy's float32 power is powf, and LLVM would turn powf(x, 2.0f) into
   x*x too, which differs at ties: powf(1 + 2^-12, 2) is 1.002002f, the
   multiply rounds to even, 1.002f. */
__attribute__((visibility("hidden"))) float pycc_powf(float x, float y) {
    return powf(x, y);
}

/* A complex parameter, converted as PyComplex_AsCComplex does (CPython
 * 3.11): a complex (or subclass) gives its parts; otherwise the type's
 * __complex__, whose result must be a complex (a strict subclass is
 * accepted with CPython's DeprecationWarning); otherwise the object as a
 * float (float, int, __float__, __index__) with imaginary part 0.0. A wrong
 * type is pycc's usual TypeError: "f() argument 'z' must be complex, not str". */
HIDDEN int pycc_arg_complex(PyObject *o, const char *fname, const char *names, Py_ssize_t i,
                            double *re, double *im) {
    if (PyComplex_Check(o)) {
        *re = PyComplex_RealAsDouble(o);
        *im = PyComplex_ImagAsDouble(o);
        return 0;
    }
    /* Looked up on the type, as CPython's special-method lookup does. */
    PyObject *method = PyObject_GetAttrString((PyObject *)Py_TYPE(o), "__complex__");
    if (method != NULL) {
        PyObject *res = PyObject_CallFunctionObjArgs(method, o, NULL);
        Py_DECREF(method);
        if (res == NULL)
            return -1;
        if (!PyComplex_Check(res)) {
            PyObject *tn = type_name(res);
            if (tn != NULL) {
                PyErr_Format(PyExc_TypeError, "__complex__ returned non-complex (type %U)", tn);
                Py_DECREF(tn);
            }
            Py_DECREF(res);
            return -1;
        }
        if (!PyComplex_CheckExact(res)) {
            PyObject *tn = type_name(res);
            int failed = tn == NULL || PyErr_WarnFormat(PyExc_DeprecationWarning, 1,
                "__complex__ returned non-complex (type %U).  The ability to return an instance "
                "of a strict subclass of complex is deprecated, and may be removed in a future "
                "version of Python.", tn) < 0;
            Py_XDECREF(tn);
            if (failed) {
                Py_DECREF(res);
                return -1;
            }
        }
        *re = PyComplex_RealAsDouble(res);
        *im = PyComplex_ImagAsDouble(res);
        Py_DECREF(res);
        return 0;
    }
    if (!PyErr_ExceptionMatches(PyExc_AttributeError))
        return -1;
    PyErr_Clear();
    double d = PyFloat_AsDouble(o);
    if (d == -1.0 && PyErr_Occurred()) {
        if (PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_Clear();
            bad_type(o, fname, names, i, "complex");
        } else if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
            PyErr_Clear();
            PyErr_Format(PyExc_OverflowError, "%s() argument '%s': int too large to convert to float",
                         fname, nth_name(names, i));
        }
        return -1;
    }
    *re = d;
    *im = 0.0;
    return 0;
}

HIDDEN PyObject *pycc_box_complex(double re, double im) { return PyComplex_FromDoubles(re, im); }

/* ---- print(...) in compiled code ----
 * `pairs` holds `npairs` (tag, bits) pairs, as np_call's arguments: first
 * ('k', flags) (1: a sep string follows, 2: an end string follows, 4:
 * flush=True), then those strings, then the items. Tags: 'i' int64, 'u'
 * uint64, 'f' a double's bits, 'b' bool, 'c' a complex's real part's bits
 * with its imaginary part in the next pair, 's' a UTF-8 string of `bits`
 * bytes packed 8 to a pair after it, 'o' an object's address (a str the
 * call holds: a new reference is taken), '(' a tuple of the next `bits`
 * items.
 * Calls CPython's own builtins.print, so output (and its buffering in
 * sys.stdout) is CPython's. Returns 0, or -1 with the exception set. */
static PyObject *print_item(const long long **p, const long long *end) {
    if (*p >= end) {
        PyErr_SetString(PyExc_SystemError, "pycc: malformed print arguments");
        return NULL;
    }
    long long tag = (*p)[0], bits = (*p)[1];
    *p += 2;
    double d;
    switch (tag) {
    case 'i':
        return PyLong_FromLongLong(bits);
    case 'u':
        return PyLong_FromUnsignedLongLong((unsigned long long)bits);
    case 'b':
        return PyBool_FromLong(bits != 0);
    case 'f':
        memcpy(&d, &bits, sizeof d);
        return PyFloat_FromDouble(d);
    case 'c': {
        double im;
        memcpy(&d, &bits, sizeof d);
        if (*p >= end)
            break;
        memcpy(&im, &(*p)[1], sizeof im);
        *p += 2;
        return PyComplex_FromDoubles(d, im);
    }
    case 's': {
        long long words = (bits + 7) / 8;
        if (end - *p < 2 * words)
            break;
        char *text = PyMem_Malloc((size_t)bits + 1);
        if (text == NULL)
            return PyErr_NoMemory();
        for (long long j = 0; j < words; j++) {
            long long n = bits - 8 * j < 8 ? bits - 8 * j : 8;
            memcpy(text + 8 * j, &(*p)[2 * j + 1], (size_t)n);
        }
        *p += 2 * words;
        PyObject *s = PyUnicode_DecodeUTF8(text, (Py_ssize_t)bits, NULL);
        PyMem_Free(text);
        return s;
    }
    case 'o': {
        PyObject *o = (PyObject *)(Py_ssize_t)bits;
        Py_INCREF(o);
        return o;
    }
    case '(': {
        PyObject *t = PyTuple_New((Py_ssize_t)bits);
        for (long long j = 0; t != NULL && j < bits; j++) {
            PyObject *x = print_item(p, end);
            if (x == NULL) {
                Py_CLEAR(t);
                break;
            }
            PyTuple_SetItem(t, (Py_ssize_t)j, x);
        }
        return t;
    }
    }
    PyErr_SetString(PyExc_SystemError, "pycc: malformed print arguments");
    return NULL;
}

HIDDEN int pycc_print(long long npairs, const long long *pairs) {
    const long long *p = pairs, *end = pairs + 2 * npairs;
    long long flags = pairs[1];
    p += 2;
    PyObject *sep = NULL, *fin = NULL, *kw = NULL, *items = NULL, *print = NULL, *r = NULL;
    if ((flags & 1) && (sep = print_item(&p, end)) == NULL)
        goto done;
    if ((flags & 2) && (fin = print_item(&p, end)) == NULL)
        goto done;
    Py_ssize_t n = 0;
    for (const long long *q = p; q < end; n++) {
        /* count the top-level items by skipping over each */
        PyObject *x = print_item(&q, end);
        if (x == NULL)
            goto done;
        Py_DECREF(x);
    }
    if ((items = PyTuple_New(n)) == NULL)
        goto done;
    for (Py_ssize_t j = 0; j < n; j++) {
        PyObject *x = print_item(&p, end);
        if (x == NULL)
            goto done;
        PyTuple_SetItem(items, j, x);
    }
    if ((kw = PyDict_New()) == NULL)
        goto done;
    if ((sep && PyDict_SetItemString(kw, "sep", sep) != 0) || (fin && PyDict_SetItemString(kw, "end", fin) != 0) ||
        ((flags & 4) && PyDict_SetItemString(kw, "flush", Py_True) != 0))
        goto done;
    PyObject *builtins = PyImport_ImportModule("builtins");
    if (builtins == NULL)
        goto done;
    print = PyObject_GetAttrString(builtins, "print");
    Py_DECREF(builtins);
    if (print != NULL)
        r = PyObject_Call(print, items, kw);
done:
    Py_XDECREF(sep);
    Py_XDECREF(fin);
    Py_XDECREF(kw);
    Py_XDECREF(items);
    Py_XDECREF(print);
    if (r == NULL)
        return -1;
    Py_DECREF(r);
    return 0;
}

/* numpy's pairwise summation (loops_utils.h.src, pairwise_sum) for fused
 * reductions (sema/ndarray/arrayops/fused.rs): the kernel sums each leaf block of the
 * recursion (at most 128 items) itself, as it computes the items; this walks
 * the recursion without it: the length of the next block, and the block
 * sums added in the recursion's order. A float32 sum adds in float (a
 * double sum of two floats rounded to float is the float sum). One walk at
 * a time: the kernel holds the GIL, and its loop calls nothing else in
 * between (thread-local storage would cost the module static TLS space,
 * which dlopen may not have). */
#define PW_BLOCKSIZE 128
typedef struct {
    long long n;    /* the node's length */
    long long part; /* 0: its left half comes; 1: its right half */
    double left;    /* the left half's sum, once part is 1 */
    double left_im; /* a complex sum's imaginary part of it */
} pw_frame;
static struct {
    pw_frame stack[128];
    int depth;
    int f32;
    double result;
    double result_im;
} pw;

/* Splits the top node down to its first leaf; that leaf's length. */
static long long pw_descend(void) {
    for (;;) {
        pw_frame *top = &pw.stack[pw.depth - 1];
        if (top->n <= PW_BLOCKSIZE)
            return top->n;
        long long n2 = top->n / 2;
        n2 -= n2 % 8;
        top->part = 0;
        pw.stack[pw.depth++] = (pw_frame){n2, 0, 0.0, 0.0};
    }
}

/* A complex sum walks its 2n parts (numpy's CDOUBLE_pairwise_sum counts
 * floats, so its blocks hold at most 64 complex items). */
HIDDEN long long pycc_pw_begin(long long n, long long f32) {
    pw.depth = 1;
    pw.f32 = (int)f32;
    pw.stack[0] = (pw_frame){n, 0, 0.0, 0.0};
    long long first = pw_descend();
    if (first == 0)
        pw.result = pw.result_im = -0.0; /* numpy's empty block */
    return first;
}

/* The block sum (v, vi) in: the next block's length, 0 when done. */
static long long pw_leaf2(double v, double vi) {
    pw.depth--; /* the leaf */
    while (pw.depth > 0) {
        pw_frame *top = &pw.stack[pw.depth - 1];
        if (top->part == 0) {
            long long n2 = top->n / 2;
            n2 -= n2 % 8;
            top->part = 1;
            top->left = v;
            top->left_im = vi;
            pw.stack[pw.depth++] = (pw_frame){top->n - n2, 0, 0.0, 0.0};
            return pw_descend();
        }
        v = top->left + v;
        vi = top->left_im + vi;
        if (pw.f32) {
            v = (float)v;
            vi = (float)vi;
        }
        pw.depth--;
    }
    pw.result = v;
    pw.result_im = vi;
    return 0;
}

HIDDEN long long pycc_pw_leaf(double v) { return pw_leaf2(v, 0.0); }

HIDDEN long long pycc_pw_cleaf(double re, double im) { return pw_leaf2(re, im); }

HIDDEN double pycc_pw_result(void) { return pw.result; }

HIDDEN double pycc_pw_result_im(void) { return pw.result_im; }

/* numpy's complex multiply and absolute (pycc_cx_mul_re/_im, pycc_cx_abs)
 * are in runtime_fast.c, inlined into the fused loops that call them. */

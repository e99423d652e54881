/* pycc's CPython runtime, array arguments: the buffer protocol.
 *
 * Py_buffer, PyObject_GetBuffer and PyBuffer_Release joined the stable ABI
 * in 3.11 (the functions exist in 3.10's libpython too, but the struct is
 * not declared under a 3.10 limited API), so this file alone is compiled
 * against the 3.11 limited API; the rest of the runtime stays at 3.10 and a
 * module without array arguments never calls into here.
 *
 * A wrapper with array arguments keeps one PYCC_VIEW_BYTES slot per array
 * on its stack: pycc_buffers_init clears them before anything can fail,
 * pycc_arg_buffer fills one, and pycc_buffers_release runs on every exit
 * (success, argument error, exception in the body), releasing exactly the
 * views that were acquired. */
#define Py_LIMITED_API 0x030B0000
#include <Python.h>
#include <string.h>

#define HIDDEN __attribute__((visibility("hidden")))
#define SLOW __attribute__((noinline, cold))
/* The wrapper allocates this many bytes per view (16 x i64). */
#define PYCC_VIEW_BYTES 128
_Static_assert(sizeof(Py_buffer) <= PYCC_VIEW_BYTES, "Py_buffer grew");

static Py_buffer *view_at(void *views, long long k) {
    return (Py_buffer *)((char *)views + PYCC_VIEW_BYTES * k);
}

HIDDEN void pycc_buffers_init(void *views, long long n) {
    for (long long k = 0; k < n; k++)
        view_at(views, k)->obj = NULL;
}

HIDDEN void pycc_buffers_release(void *views, long long n) {
    /* Keep a pending exception across the exporters' release hooks. */
    for (long long k = 0; k < n; k++) {
        Py_buffer *v = view_at(views, k);
        if (v->obj != NULL)
            PyBuffer_Release(v); /* sets v->obj to NULL */
    }
}

static const char *nth_name(const char *names, Py_ssize_t i) {
    while (i-- > 0)
        names += strlen(names) + 1;
    return names;
}

/* The kind ('f' float, 'i' signed, 'u' unsigned, 'b' bool) a struct-module
 * format character stands for; 0 for anything else ('c', 'e' half floats
 * have no matching scalar, 's', 'P', ...). */
static char format_kind(char c) {
    switch (c) {
    case 'f': case 'd': return 'f';
    case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': return 'i';
    case 'B': case 'H': case 'I': case 'L': case 'Q': case 'N': return 'u';
    case '?': return 'b';
    default: return 0;
    }
}

/* Whether a buffer's format is one native-endian item of `kind` whose size
 * (checked separately, through view->itemsize) matches: "d", "@d", "=d",
 * "<d" (x86-64 is little-endian); not ">d", "!d", "2d", "dd", "T{...}". */
static int format_matches(const char *format, char kind) {
    if (format == NULL)
        format = "B"; /* the protocol's default: unsigned bytes */
    if (*format == '@' || *format == '=' || *format == '<')
        format++;
    return format[0] != 0 && format[1] == 0 && format_kind(format[0]) == kind;
}

/* Whether the strides are those of a contiguous array in C order (c = 1)
 * or Fortran order (c = 0), numpy's rule: axes of extent 1 may have any
 * stride, and an empty array is contiguous. */
static int contiguous(const Py_buffer *v, int c) {
    Py_ssize_t expect = v->itemsize;
    for (int j = 0; j < v->ndim; j++) {
        int k = c ? v->ndim - 1 - j : j;
        if (v->shape[k] == 0)
            return 1;
        if (v->shape[k] != 1) {
            if (v->strides[k] != expect)
                return 0;
            expect *= v->shape[k];
        }
    }
    return 1;
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

/* Acquires argument i as an array: the buffer protocol with strides and
 * format, writable if the body stores into it; checks its item kind and
 * size, ndim and (unit_axis >= 0: C order if it is the last axis, F order
 * if the first) contiguity against the signature. On success writes the
 * kernel's descriptor to out: data address, ndim extents, ndim strides in
 * bytes. On failure sets TypeError/ValueError naming the argument, leaves
 * view k released, and returns -1. */
HIDDEN int pycc_arg_buffer(PyObject *o, const char *fname, const char *names, Py_ssize_t i,
                           void *views, long long k, long long kind, long long itemsize,
                           long long ndim, long long unit_axis, long long writable,
                           const char *expected, long long *out) {
    Py_buffer *v = view_at(views, k);
    v->obj = NULL;
    if (!PyObject_CheckBuffer(o))
        return wrong_array(o, fname, names, i, expected, NULL, "");
    int flags = PyBUF_STRIDES | PyBUF_FORMAT;
    if (PyObject_GetBuffer(o, v, flags | (writable ? PyBUF_WRITABLE : 0)) != 0) {
        v->obj = NULL;
        if (!writable)
            return -1; /* the exporter's own error */
        /* Tell a read-only buffer apart from other refusals. */
        PyObject *type, *value, *tb;
        PyErr_Fetch(&type, &value, &tb);
        if (PyObject_GetBuffer(o, v, flags) == 0) {
            PyBuffer_Release(v);
            v->obj = NULL;
            Py_XDECREF(type);
            Py_XDECREF(value);
            Py_XDECREF(tb);
            PyErr_Format(PyExc_ValueError,
                         "%s() argument '%s' is a read-only buffer, but %s() stores into it",
                         fname, nth_name(names, i), fname);
        } else {
            PyErr_Clear();
            PyErr_Restore(type, value, tb);
        }
        return -1;
    }
    int bad = !format_matches(v->format, (char)kind) || v->itemsize != itemsize || v->ndim != ndim;
    if (bad || (unit_axis >= 0 && !contiguous(v, unit_axis == ndim - 1))) {
        wrong_array(o, fname, names, i, expected, v, bad ? "" : "non-contiguous ");
        PyBuffer_Release(v);
        v->obj = NULL;
        return -1;
    }
    out[0] = (long long)(Py_ssize_t)v->buf;
    for (long long d = 0; d < ndim; d++) {
        out[1 + d] = v->shape[d];
        out[1 + ndim + d] = v->strides[d];
    }
    return 0;
}

/* numpy's IndexError for an index out of range (already wrapped once for
 * a negative index: the message shows the index as written). */
HIDDEN SLOW void pycc_index_error(long long index, long long axis, long long size) {
    PyErr_Format(PyExc_IndexError, "index %lld is out of bounds for axis %lld with size %lld",
                 index, axis, size);
}

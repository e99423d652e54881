/* pycc's CPython runtime, array arguments, inlined part: acquiring and
 * releasing an argument's buffer, which a hand-written extension has
 * inline. Compiled to bitcode like runtime_fast.c (linked into each module
 * before O3, always_inline), but against the 3.11 limited API, where
 * Py_buffer is declared (runtime_buffer.h). With the signature's constants
 * inlined, a matching ndarray costs a few compares (its struct is read), any
 * other matching buffer one PyObject_GetBuffer and a few compares;
 * everything else (error wording, the read-only check) is
 * pycc_arg_buffer_error in runtime_buffer.c.
 *
 * A wrapper with array arguments keeps one PYCC_VIEW_BYTES slot per array
 * on its stack: pycc_buffers_init clears them before anything can fail,
 * pycc_arg_buffer fills one, and pycc_buffers_release runs on every exit
 * (success, argument error, exception in the body), releasing exactly the
 * views that were acquired. */
#include "runtime_buffer.h"

#define FAST __attribute__((always_inline))

FAST void pycc_buffers_init(void *views, long long n) {
    for (long long k = 0; k < n; k++)
        pycc_view_at(views, k)->obj = NULL;
}

FAST void pycc_buffers_release(void *views, long long n) {
    for (long long k = 0; k < n; k++) {
        Py_buffer *v = pycc_view_at(views, k);
        if (v->obj != NULL)
            PyBuffer_Release(v); /* sets v->obj to NULL */
    }
}

/* The kernel's descriptor of an array argument into out: data address,
 * ndim extents, ndim strides in bytes, then the object (the array's owner,
 * borrowed: the caller holds it). */
static inline FAST void descriptor(long long *out, PyObject *o, void *data, const Py_ssize_t *shape,
                                   const Py_ssize_t *strides, long long ndim) {
    out[0] = (long long)(Py_ssize_t)data;
    for (long long d = 0; d < ndim; d++) {
        out[1 + d] = shape[d];
        out[1 + ndim + d] = strides[d];
    }
    out[1 + 2 * ndim] = (long long)(Py_ssize_t)o;
}

/* Whether ndarray dtype number `num` is an item of `kind` and `itemsize`
 * (int64 is NPY_LONG or NPY_LONGLONG on LP64, as either exports 'l'/'q'). */
static inline FAST int npy_num_is(int num, long long kind, long long itemsize) {
    int log = itemsize == 1 ? 0 : itemsize == 2 ? 1 : itemsize == 4 ? 2 : itemsize == 8 ? 3 : itemsize == 16 ? 4 : -1;
    switch (kind) {
    case 'b': return log == 0 && num == 0;
    case 'i': return log >= 0 && log <= 3 && (num == 1 + 2 * log || (log == 3 && num == 9));
    case 'u': return log >= 0 && log <= 3 && (num == 2 + 2 * log || (log == 3 && num == 10));
    case 'f': return (log == 2 && num == 11) || (log == 3 && num == 12);
    case 'c': return (log == 3 && num == 14) || (log == 4 && num == 15);
    default: return 0;
    }
}

/* An exact ndarray that matches the signature: its descriptor straight
 * from numpy's struct, no buffer view (numpy's getbuffer builds and
 * compares the format and shape info every call, and the view is released
 * on exit: a fifth of a small call like hasting's). Anything else (a
 * subclass, another byte order, a read-only or warn-on-write array where
 * the body stores, a mismatch) takes the buffer protocol and its errors. */
static inline FAST int arg_ndarray(PyObject *o, long long kind, long long itemsize, long long ndim,
                                   long long unit_axis, long long writable, long long *out) {
    if (pycc_ndarray_type == NULL)
        pycc_find_ndarray_type();
    if (pycc_ndarray_type == NULL || Py_TYPE(o) != pycc_ndarray_type)
        return 0;
    pycc_ndarray *a = (pycc_ndarray *)o;
    pycc_descr *t = (pycc_descr *)a->descr;
    unsigned flags = (unsigned)a->flags;
    if (a->nd != ndim || !npy_num_is(t->type_num, kind, itemsize) || (t->byteorder != '=' && t->byteorder != '|'))
        return 0;
    if (writable && (!(flags & PYCC_NPY_WRITEABLE) || (flags & PYCC_NPY_WARN_ON_WRITE)))
        return 0;
    if (unit_axis >= 0 && !pycc_contiguous_dims(a->dimensions, a->strides, (int)ndim, itemsize, unit_axis == ndim - 1))
        return 0;
    descriptor(out, o, a->data, a->dimensions, a->strides, ndim);
    return 1;
}

/* Acquires argument i as an array: the buffer protocol with strides and
 * format, writable if the body stores into it; checks its item kind and
 * size, ndim and (unit_axis >= 0: C order if it is the last axis, F order
 * if the first) contiguity against the signature. On success writes the
 * kernel's descriptor to out: data address, ndim extents, ndim strides in
 * bytes, then the object itself (the array's owner). On failure sets
 * TypeError/ValueError naming the argument, leaves view k released, and
 * returns -1. A non-buffer object is found by the failed request itself
 * (no PyObject_CheckBuffer beforehand): the error path words it. */
FAST int pycc_arg_buffer(PyObject *o, const char *fname, const char *names, Py_ssize_t i,
                         void *views, long long k, long long kind, long long itemsize,
                         long long ndim, long long unit_axis, long long writable,
                         const char *expected, long long *out) {
    Py_buffer *v = pycc_view_at(views, k);
    if (arg_ndarray(o, kind, itemsize, ndim, unit_axis, writable, out))
        return 0; /* view k stays unacquired (obj NULL): nothing to release */
    int flags = PyBUF_STRIDES | PyBUF_FORMAT | (writable ? PyBUF_WRITABLE : 0);
    int acquired = PyObject_GetBuffer(o, v, flags) == 0;
    if (!acquired) {
        v->obj = NULL;
    } else if (v->ndim == ndim && v->itemsize == itemsize && pycc_format_matches(v->format, (char)kind) &&
               (unit_axis < 0 || pycc_contiguous(v, unit_axis == ndim - 1))) {
        descriptor(out, o, v->buf, v->shape, v->strides, ndim);
        return 0;
    }
    pycc_arg_buffer_error(o, fname, names, i, v, kind, itemsize, ndim, writable, expected, acquired);
    return -1;
}

/* An optional(T[:]) argument: None, or NULL (left out, its default None),
 * sets *none and zeroes the n descriptor words (never read: the kernel
 * checks the flag first); anything else clears *none and is acquired as by
 * pycc_arg_buffer. */
FAST int pycc_arg_optional_buffer(PyObject *o, const char *fname, const char *names, Py_ssize_t i,
                                  void *views, long long k, long long kind, long long itemsize,
                                  long long ndim, long long unit_axis, long long writable,
                                  const char *expected, long long *out, unsigned char *none, long long n) {
    *none = (o == NULL || o == Py_None);
    if (*none) {
        for (long long j = 0; j < n; j++)
            out[j] = 0;
        return 0;
    }
    return pycc_arg_buffer(o, fname, names, i, views, k, kind, itemsize, ndim, unit_axis, writable, expected, out);
}
